package io.khabar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServeOptionsTest {

  @Test
  void everyOptionIsRead() {
    ServeOptions o = ServeOptions.parse(new String[] {"serve", "--port", "9090", "--threads", "3",
        "--queue", "7", "--max-chars", "5000", "--event-acceptor", "--timeout", "1500ms",
        "--bind", "127.0.0.1"});
    assertEquals(
        new ServeOptions("127.0.0.1", 9090, 3, 7, 5000, Duration.ofMillis(1500), true), o);
  }

  @Test
  void defaultsAreBounded() {
    ServeOptions o = ServeOptions.parse(new String[] {"serve"});
    assertEquals(8080, o.port());
    assertEquals(ServeOptions.DEFAULT_QUEUE, o.queue());
    assertEquals(ServeOptions.DEFAULT_TIMEOUT, o.timeout());
    assertTrue(o.threads() >= 1);
    assertFalse(o.eventAcceptor());
  }

  @Test
  void durationsTakeUnitsOrIso() {
    assertEquals(Duration.ofSeconds(30), ServeOptions.duration("--timeout", "30s"));
    assertEquals(Duration.ofMillis(250), ServeOptions.duration("--timeout", "250ms"));
    assertEquals(Duration.ofMinutes(2), ServeOptions.duration("--timeout", "2m"));
    assertEquals(Duration.ofHours(1), ServeOptions.duration("--timeout", "1h"));
    assertEquals(Duration.ofSeconds(45), ServeOptions.duration("--timeout", "PT45S"));
  }

  @Test
  void badValuesAreRefusedWithTheOptionNamed() {
    String[][] bad = {
        {"serve", "--timeout", "soon"}, {"serve", "--timeout", "0s"}, {"serve", "--threads", "0"},
        {"serve", "--queue", "-1"}, {"serve", "--port", "70000"}, {"serve", "--max-chars", "x"},
        {"serve", "--port"}, {"serve", "--color", "red"}, {"serve", "extra"}};
    for (String[] args : bad) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ServeOptions.parse(args), String.join(" ", args));
      assertTrue(e.getMessage().contains(args[args.length - (args.length > 2 ? 2 : 1)]),
          e.getMessage());
    }
  }
}
