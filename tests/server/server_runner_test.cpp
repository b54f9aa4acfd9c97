// What the server refuses before it listens.
#include "server_fixture.h"

#include "rpc/server_runner.h"

#include <catch2/catch.hpp>

using namespace sohoi::server;
using namespace sohoi::server::test;

TEST_CASE("the server refuses to listen beyond loopback without TLS") {
  ServerFixture f;
  ServerRunner runner(f.db());
  ServerOptions options;
  options.listen = QStringLiteral("192.0.2.1:0");  // a documentation address: never this machine's
  QString error;
  CHECK_FALSE(runner.start(options, &error));
  CHECK(error.contains(QStringLiteral("--tls-cert")));
  CHECK(error.contains(QStringLiteral("TLS")));
}
