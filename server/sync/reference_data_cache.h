#pragma once
// The reference data each device gets (plan/reference_data.h), and its version, cached so that a pull
// costs two indexed meta reads when nothing changed. Entries live as long as (meta.tree_version,
// meta.progress_inputs) stay the same: OrgUnitRepository::upsert bumps the first, every write of plans,
// baselines or tree history (PlanRepository::touch) the second, in whichever process made the change.
//
// The plan is the same for every device and is held once. Per scope (a device's unit): the units it needs
// (its ancestors, for their names and levels, and its subtree, where its records live) and the baselines
// of its subtree. A village tablet so gets a handful of units instead of the province's ~2,700, which
// were most of a first sync's bytes and of the server's time compressing them. The version is a SHA-256
// over exactly what the device would get, so loading identical data again, or a server restore, sends
// nothing new, and a change elsewhere in the tree sends nothing either. Thread-safe.
#include "domain/org_tree.h"
#include "plan/reference_data.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace sohoi::server {

class Transaction;

/// What every device gets alike.
struct SharedReference {
  std::optional<plan::PlanFile> plan;
  QByteArray digest;  // SHA-256 over the plan
};

/// What the devices of one scope get.
struct ScopeReference {
  QString version;
  QByteArray scopeDigest;  // SHA-256 over the ids of the scope's units: changes when one moves in or out
  std::shared_ptr<const SharedReference> common;
  std::vector<OrgUnit> units;  // the scope unit's ancestors and subtree, parents before children
  QStringList subtree;         // ids of the scope unit and the units under it: where its records live
  std::vector<plan::UnitBaseline> baselines;  // the scope unit's subtree
};

class ReferenceDataCache {
 public:
  /// The reference data for devices whose scope is unitId, as seen by tx.
  std::shared_ptr<const ScopeReference> get(Transaction& tx, const QString& unitId);
  /// get() when that needs no read beyond tx's meta rows (the scope's data is cached for their versions);
  /// null otherwise.
  std::shared_ptr<const ScopeReference> cached(Transaction& tx, const QString& unitId);
  /// What is cached for unitId, whichever versions it was read at: a guess at the scope's units for a read
  /// that confirms it with cached() afterwards. Null when nothing is.
  std::shared_ptr<const ScopeReference> latest(const QString& unitId);

 private:
  struct Common {
    std::shared_ptr<const SharedReference> shared;
    std::vector<OrgUnit> units;                    // parents before children
    OrgTree tree;                                  // to find a scope's ancestors and subtree
    std::vector<plan::UnitBaseline> baselines;     // every unit's, for the baseline year
    // Where each unit's entries sit in units and baselines. A branch's scope is one unit of ~2,700: a first
    // sync looks its few up instead of testing every unit and baseline of the province.
    QHash<QString, size_t> unitAt;
    QHash<QString, std::vector<size_t>> baselinesAt;
  };
  static std::shared_ptr<const Common> read(Transaction& tx);
  static std::shared_ptr<const ScopeReference> forScope(const Common& common, const QString& unitId);
  /// The meta versions tx sees, which the cache must have been read at.
  static QString inputsOf(Transaction& tx);

  std::mutex mutex_;
  QString inputs_;                                  // GUARDED_BY(mutex_): the meta versions common_ was read at
  std::shared_ptr<const Common> common_;            // GUARDED_BY(mutex_)
  QHash<QString, std::shared_ptr<const ScopeReference>> scopes_;  // GUARDED_BY(mutex_)
};

}  // namespace sohoi::server
