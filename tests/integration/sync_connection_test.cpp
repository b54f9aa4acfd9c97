// How channels reach the server: those of one process share one connection (HTTP/2 multiplexes their
// calls), unless each is made to dial its own (SyncClient::Connection::Own), as separate tablets do; the
// fleet simulator's devices dial so when they are to cost the server what tablets cost.
#include "support/server_process.h"
#include "sync/sync_client.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <chrono>
#include <grpcpp/channel.h>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

// The client ends of the established TCP connections to port, as the kernel lists them: IPv4 sockets, and
// IPv6 ones that reach 127.0.0.1 through a mapped address.
int connectionsTo(quint16 port) {
  const QByteArray remotePort = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
  int count = 0;
  for (const QString& path : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
    QFile table(path);
    if (!table.open(QIODevice::ReadOnly)) continue;  // a kernel without IPv6
    table.readLine();                                // the header
    for (QByteArray line = table.readLine(); !line.isEmpty(); line = table.readLine()) {
      const QList<QByteArray> fields = line.simplified().split(' ');
      if (fields.size() > 3 && fields[2].endsWith(remotePort) && fields[3] == "01")
        ++count;  // 01: ESTABLISHED
    }
  }
  return count;
}

std::shared_ptr<grpc::Channel> connected(const QString& address, client::SyncClient::Connection connection) {
  std::shared_ptr<grpc::Channel> channel = client::SyncClient::makeChannel(address, {}, connection);
  REQUIRE(channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(20)));
  return channel;
}

}  // namespace

TEST_CASE("channels to one server share a connection, and one made to dial its own does") {
  QTemporaryDir dir;
  ServerProcess server(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db")));
  REQUIRE(server.start());
  std::vector<std::shared_ptr<grpc::Channel>> channels;
  for (int i = 0; i < 3; ++i)
    channels.push_back(connected(server.address(), client::SyncClient::Connection::Shared));
  CHECK(connectionsTo(server.port()) == 1);
  for (int i = 0; i < 3; ++i)
    channels.push_back(connected(server.address(), client::SyncClient::Connection::Own));
  CHECK(connectionsTo(server.port()) == 4);
}
