#pragma once
// Runs a blocking call (a network round trip) on Qt's thread pool and hands its result to the UI thread,
// so a model stays responsive while the workspace waits for the server.
//
// Threading: call from receiver's thread. work runs on a pool thread and must not touch receiver; done
// runs on receiver's thread, and not at all once receiver is destroyed.
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace sohoi::app {

template <typename Result>
void runInBackground(QObject* receiver, std::function<Result()> work, std::function<void(Result)> done) {
  auto* watcher = new QFutureWatcher<Result>(receiver);  // dies with receiver: done never runs after it
  QObject::connect(watcher, &QFutureWatcher<Result>::finished, receiver, [watcher, done = std::move(done)] {
    done(watcher->result());
    watcher->deleteLater();
  });
  watcher->setFuture(QtConcurrent::run(std::move(work)));
}

}  // namespace sohoi::app
