/** The runnable tour of the disclosure library. */
module dev.disclosure.examples {
  requires dev.disclosure.scoring;
}
