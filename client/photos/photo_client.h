#pragma once
// The device's side of sohoi.v1.PhotoService: the only photo code that sees protobuf or gRPC. Puts the
// bearer token, a ClientInfo and a deadline on every call (rpc_call.h) and sends photos uncompressed
// (JPEG and PNG are compressed already; gzip would only cost the tablet's battery).
//
// Threading: one PhotoClient is used by one thread at a time; several may share a channel.
#include "sync/sync_transport.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <memory>

namespace grpc {
class Channel;
}

namespace sohoi::client {

/// How much of a photo the server holds.
struct PhotoOnServer {
  qint64 offset = 0;
  bool complete = false;
};

/// A photo read back from the server.
struct FetchedPhoto {
  QString mediaType;
  QByteArray bytes;
};

class PhotoClient {
 public:
  struct Options {
    std::chrono::milliseconds callDeadline{10000};
    /// An upload ends by this deadline; what arrived is kept and the next upload goes on from there.
    std::chrono::milliseconds uploadDeadline{120000};
    /// Bytes per chunk: what a cut connection may cost again, at most, besides what was in flight.
    int chunkBytes = 4 * 1024;
    QString appVersion = QStringLiteral("0.1.0");
  };

  PhotoClient(std::shared_ptr<grpc::Channel> channel, QString credential, Options options);
  PhotoClient(std::shared_ptr<grpc::Channel> channel, QString credential);
  ~PhotoClient();
  PhotoClient(PhotoClient&&) noexcept;

  /// What the server holds of photo hash listed by recordId.
  RpcResult<PhotoOnServer> offset(const QString& recordId, const QString& hash);
  /// Sends bytes (the whole photo hash) from offset from on; what the server holds afterwards. Data bytes
  /// put on the wire are added to *sent (for the figures of a slow link).
  RpcResult<PhotoOnServer> upload(const QString& recordId, const QString& hash, const QByteArray& bytes, qint64 from,
                                  qint64* sent);
  /// The photo hash listed by recordId, as the server keeps it.
  RpcResult<FetchedPhoto> fetch(const QString& recordId, const QString& hash);

 private:
  struct Stub;
  std::unique_ptr<Stub> stub_;
  QString credential_;
  Options options_;
};

}  // namespace sohoi::client
