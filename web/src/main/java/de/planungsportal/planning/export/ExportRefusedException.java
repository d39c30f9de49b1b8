package de.planungsportal.planning.export;

/** A download that is not given, and why; nothing has been read beyond the version's state. */
public class ExportRefusedException extends RuntimeException {

  private final ExportAccess.Verdict verdict;

  public ExportRefusedException(long versionId, ExportAccess.Verdict verdict) {
    super("work plan version " + versionId + ": " + verdict);
    this.verdict = verdict;
  }

  public ExportAccess.Verdict verdict() {
    return verdict;
  }
}
