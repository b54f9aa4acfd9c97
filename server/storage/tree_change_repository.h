#pragma once
// Moves and merges of the org tree dated after the day they were asked for: kept here until their day
// (DESIGN §2). A change settles exactly once — applied, failed or cancelled — through a conditional update,
// so several server processes on one database never both apply it.
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

enum class TreeChangeKind { Move, Merge };
enum class TreeChangeState { Scheduled, Applied, Cancelled, Failed };

/// "move", "merge"; "scheduled", "applied", "cancelled", "failed": as stored and as listed.
QString treeChangeKindName(TreeChangeKind kind);
QString treeChangeStateName(TreeChangeState state);

/// One move (unit goes under target) or merge (unit is taken over by target) from effectiveOn.
struct TreeChange {
  qint64 id = 0;  // 0 until stored
  TreeChangeKind kind = TreeChangeKind::Move;
  QString unitId;
  QString targetId;  // the new parent of a move, the successor of a merge
  QDate effectiveOn;
  TreeChangeState state = TreeChangeState::Scheduled;
  QString reason;        // why it failed ("vi / en"), when Failed
  qint64 settledAt = 0;  // ms since the Unix epoch; 0 while scheduled
};

class TreeChangeRepository {
 public:
  explicit TreeChangeRepository(Transaction& tx) : tx_(tx) {}

  /// Stores a scheduled change; returns its id. REQUIRES: a write transaction.
  qint64 schedule(const TreeChange& change);
  std::optional<TreeChange> find(qint64 id);
  /// Every change, by effective date, then id.
  std::vector<TreeChange> all();
  /// The scheduled change to apply first among those effective on or before today.
  std::optional<TreeChange> nextDue(const QDate& today);
  /// True when unitId has a scheduled change effective on day.
  bool hasScheduled(const QString& unitId, const QDate& day);
  /// Settles a scheduled change (state: Applied, Failed or Cancelled); false when it is not scheduled
  /// (any more): then another process settled it and the caller must not act on it.
  /// REQUIRES: a write transaction.
  bool settle(qint64 id, TreeChangeState state, const QString& reason = {});

 private:
  Transaction& tx_;
};

}  // namespace sohoi::server
