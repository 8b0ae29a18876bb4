package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TokenizerAllocationTest {

  private static final String NEWS = "دمشق (أ.ف.ب) - أكد الرئيس بوتين-الشرع لـ«مجلس الأمن» أمس أن "
      + "نسبة ٣٫٥٪ من 1,000.5 ليرة في 2025/2026 الساعة 12:30... ثم غادر U.S. e.g. Jean-Yves "
      + "https://sana.sy/?p=1 وinfo@sana.sy و syriahomenews.com 😀 \uD800 د. محمد؟ نعم!\n";

  @Test
  void allocatesNothingOnceTheBufferHasGrown() {
    Assumptions.assumeTrue(ManagementFactory.getThreadMXBean()
        instanceof com.sun.management.ThreadMXBean, "needs com.sun.management.ThreadMXBean");
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported()
        && mx.isThreadAllocatedMemoryEnabled(), "thread allocation counting unavailable");
    char[] text = NEWS.repeat(500).toCharArray();
    TokenBuffer buffer = new TokenBuffer();
    Tokenizer tokenizer = Tokenizer.get();
    for (int i = 0; i < 20; i++) {
      tokenizer.tokenize(text, 0, text.length, buffer); // grow the buffer, load classes, warm up
    }
    long tid = Thread.currentThread().getId();
    long before = mx.getThreadAllocatedBytes(tid);
    for (int i = 0; i < 10; i++) {
      tokenizer.tokenize(text, 0, text.length, buffer);
    }
    long allocated = mx.getThreadAllocatedBytes(tid) - before;
    // 10 runs over ~25,000 tokens each: anything per token would be megabytes.
    assertTrue(allocated < 4096, "allocated " + allocated + " bytes for " + 10 * buffer.size()
        + " tokens");
  }
}
