package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CliticSegmenterAllocationTest {

  @Test
  void segmentingIntoAWarmBufferAllocatesNothing() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean,
        "needs com.sun.management.ThreadMXBean for per-thread allocation counts");
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) mx;
    Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported());
    bean.setThreadAllocatedMemoryEnabled(true);

    char[] text = "وقال الرئيس للصحفيين إن وزارته ستعلن لـموسكو وبالتالي سيكون له بيانه"
        .toCharArray();
    CliticSegmenter seg = CliticSegmenter.loadDefault();
    SegmentBuffer buf = new SegmentBuffer();
    for (int round = 0; round < 20_000; round++) { // warm up and let the JIT settle
      segmentAll(seg, text, buf);
    }
    long tid = Thread.currentThread().getId();
    long before = bean.getThreadAllocatedBytes(tid);
    int sink = 0;
    for (int round = 0; round < 1_000; round++) {
      sink += segmentAll(seg, text, buf);
    }
    long allocated = bean.getThreadAllocatedBytes(tid) - before;
    assertTrue(sink > 0);
    // the measurement itself may allocate a little; per call it must be zero
    assertTrue(allocated < 2_000, "allocated " + allocated + " bytes for 13,000 words");
  }

  private static int segmentAll(CliticSegmenter seg, char[] text, SegmentBuffer buf) {
    int n = 0;
    int start = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == ' ') {
        seg.segment(text, start, i, buf);
        n += buf.size();
        start = i + 1;
      }
    }
    return n;
  }
}
