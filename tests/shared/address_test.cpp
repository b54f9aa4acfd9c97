#include "net/address.h"

#include <catch2/catch.hpp>

using namespace sohoi;

TEST_CASE("loopback hosts are recognised in every spelling") {
  CHECK(isLoopbackHost("127.0.0.1"));
  CHECK(isLoopbackHost("127.8.9.10"));
  CHECK(isLoopbackHost("localhost"));
  CHECK(isLoopbackHost("[::1]"));
  CHECK_FALSE(isLoopbackHost("10.0.0.1"));
  CHECK_FALSE(isLoopbackHost("sohoi.example.org"));
  CHECK_FALSE(isLoopbackHost("0.0.0.0"));
}

TEST_CASE("an address splits into host and port, IPv6 brackets kept") {
  QString host;
  int port = 0;
  REQUIRE(splitHostPort("[::1]:50551", &host, &port));
  CHECK(host == "[::1]");
  CHECK(port == 50551);
  CHECK_FALSE(splitHostPort("127.0.0.1", &host, &port));
  CHECK_FALSE(splitHostPort("127.0.0.1:99999", &host, &port));
}
