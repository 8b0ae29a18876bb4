package io.khabar.cli;

/** The command line's exit codes, distinct so that a script can tell what went wrong. */
final class ExitCodes {

  /** Every document was extracted (or the command did what it was asked). */
  static final int OK = 0;
  /** Some documents failed (each has an error record in its place), or the input broke off. */
  static final int SOME_FAILED = 1;
  /** Bad arguments: nothing was read or written. */
  static final int USAGE = 2;
  /** The output could not be written: disk full, read-only, standard output closed. */
  static final int OUTPUT_FAILED = 3;

  /** The lines {@code --help} prints about them. */
  static final String HELP = String.join(System.lineSeparator(),
      "exit codes: 0 done; 1 some documents failed (each has an error record in its place) or the",
      "            input broke off; 2 bad usage (nothing read or written); 3 the output could not",
      "            be written (disk full, read-only file system, standard output closed)");

  private ExitCodes() {}
}
