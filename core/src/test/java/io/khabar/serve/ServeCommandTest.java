package io.khabar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ServeCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), "USAGE");
  }

  @Test
  void badOptionIsUsageErrorTwo() {
    assertEquals(2, run("serve", "--threads", "0"));
    assertTrue(err.toString().contains("--threads"), err.toString());
    assertTrue(err.toString().contains("USAGE"), err.toString());
  }

  @Test
  void portInUseIsExitOneWithTheAddress() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertEquals(1, run("serve", "--bind", "127.0.0.1", "--port", Integer.toString(port)));
      assertTrue(err.toString().contains("cannot listen on 127.0.0.1:" + port), err.toString());
    }
  }
}
