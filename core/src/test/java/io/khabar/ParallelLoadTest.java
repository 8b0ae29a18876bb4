package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.KbFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ParallelLoadTest {

  @Test
  void returnsEachStepsResult() {
    try (ParallelLoad load = new ParallelLoad()) {
      ParallelLoad.Forked<String> a = load.fork(() -> "قال الرئيس السوري");
      ParallelLoad.Forked<Integer> b = load.fork(() -> "وزير الخارجية الروسي".length());
      assertEquals("قال الرئيس السوري", a.join());
      assertEquals(20, b.join());
    }
  }

  @Test
  void aFailingStepThrowsItsOwnExceptionWithItsCause() {
    KbFormatException bad = new KbFormatException("people-syria.jsonl", 3, "not JSON");
    UncheckedIOException io = new UncheckedIOException("cannot load the bundled name-finder model",
        new IOException("truncated"));
    try (ParallelLoad load = new ParallelLoad()) {
      ParallelLoad.Forked<Object> kb = load.fork(() -> {
        throw bad;
      });
      ParallelLoad.Forked<Object> model = load.fork(() -> {
        throw io;
      });
      assertSame(bad, assertThrows(KbFormatException.class, kb::join));
      UncheckedIOException thrown = assertThrows(UncheckedIOException.class, model::join);
      assertSame(io, thrown);
      assertEquals("truncated", thrown.getCause().getMessage());
    }
  }

  @Test
  void noLoadingThreadOutlivesTheLoad() {
    AtomicReference<Thread> worker = new AtomicReference<>();
    try (ParallelLoad load = new ParallelLoad()) {
      load.fork(() -> {
        worker.set(Thread.currentThread());
        return "الأمين العام للأمم المتحدة";
      }).join();
    }
    assertFalse(worker.get().isAlive(), "close() returned before the loading thread ended");
    assertTrue(worker.get().getName().startsWith("khabar-load-"), worker.get().getName());
  }

  @Test
  void creatingTheDefaultExtractorLeavesNoLoadingThread() {
    Extractor.createDefault();
    boolean left = Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().startsWith("khabar-load-") && t.isAlive());
    assertFalse(left, "a khabar-load thread is still alive");
  }
}
