#pragma once
// Another of the project's programs run to its end as a child process, the way an operator would run it:
// the benchmark prepares the server's database with sohoi-admin, and times the server's own ingest with
// sohoi-ingest-bench, without linking server code (DESIGN §6). A child that overstays its time is killed
// by its own pid, never by name.
#include <QString>
#include <QStringList>

namespace sohoi::tools::bench {

struct ChildResult {
  int exitCode = -1;  // -1: did not start, crashed or ran out of time
  QString standardOutput;
  QString standardError;
  /// "program: exit code, what it wrote", for an error message.
  QString describe(const QString& program) const;
};

/// Runs program with arguments, waiting at most timeoutMs.
ChildResult runChild(const QString& program, const QStringList& arguments, int timeoutMs);

}  // namespace sohoi::tools::bench
