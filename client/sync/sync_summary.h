#pragma once
// What one sync run did, for the progress bar, the status line and the benchmark. A Q_GADGET so QML can
// read it from SyncEngine::finished.
#include <QMetaType>
#include <QObject>

namespace sohoi::client {

struct SyncSummary {
  Q_GADGET
  Q_PROPERTY(int accepted MEMBER accepted)
  Q_PROPERTY(int rejected MEMBER rejected)
  Q_PROPERTY(int pulled MEMBER pulled)
  Q_PROPERTY(qint64 bytesSent MEMBER bytesSent)
  Q_PROPERTY(qint64 bytesReceived MEMBER bytesReceived)
  Q_PROPERTY(qint64 elapsedMs MEMBER elapsedMs)

 public:
  int accepted = 0;        // answers accepted, merged or kept as a conflict
  int rejected = 0;        // answers refused with a reason
  int pulled = 0;          // changes downloaded
  int pushCalls = 0;
  int pullCalls = 0;
  int retries = 0;         // transient failures tried again
  int busyWaits = 0;       // calls sent again after the server said it was busy (SERVER_BUSY)
  int resent = 0;          // mutations sent again after a sequence gap (server restore)
  bool reset = false;      // the server did not know our cursor: scope downloaded again
  qint64 bytesSent = 0;    // serialized request bytes
  qint64 bytesReceived = 0;
  qint64 pushRequestBytes = 0;
  qint64 elapsedMs = 0;
  qint64 pushMs = 0;       // time spent pushing (the benchmark's ingest figure)
  qint64 pullMs = 0;
};

/// Where a running sync is, for a progress bar.
struct SyncProgress {
  int pushed = 0;
  int totalToPush = 0;
  int pulled = 0;
};

}  // namespace sohoi::client

Q_DECLARE_METATYPE(sohoi::client::SyncSummary)
