#include "server_log.h"

#include <cstdio>

namespace sohoi::server {

void logLine(const QString& line) {
  // One fprintf per line: lines from two threads never interleave.
  std::fprintf(stderr, "sohoi-server: %s\n", line.toUtf8().constData());
  std::fflush(stderr);
}

}  // namespace sohoi::server
