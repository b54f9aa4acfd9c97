#include "reference_data_cache.h"

#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSet>
#include <algorithm>

namespace sohoi::server {

namespace {

// A length-prefixed encoding, so that no two different contents hash alike.
QByteArray encode(const std::optional<plan::PlanFile>& plan) {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out << bool(plan);
  if (plan) out << qint32(plan->year) << plan->fileName << plan->text;
  return bytes;
}

QByteArray encode(const QByteArray& commonDigest, const std::vector<OrgUnit>& units,
                  const std::vector<plan::UnitBaseline>& baselines) {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out << commonDigest << quint32(units.size());
  for (const OrgUnit& unit : units)
    out << unit.id << unit.parentId << unit.name << qint32(unit.level) << unit.closedOn << unit.successorId
        << qint32(unit.type);
  out << quint32(baselines.size());
  for (const plan::UnitBaseline& b : baselines)
    out << b.unitId << qint32(b.year) << b.members << b.women18Plus << b.fund << b.branchLeaders << b.fullTimeCadres
        << b.committeeMembers << b.coreMembers;
  return bytes;
}

QByteArray sha256(const QByteArray& bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); }

// The entries of all at places, in the order all holds them: the order the version hashes.
template <typename T>
std::vector<T> inReadOrder(const std::vector<T>& all, std::vector<size_t> places) {
  std::sort(places.begin(), places.end());
  std::vector<T> picked;
  picked.reserve(places.size());
  for (size_t at : places) picked.push_back(all[at]);
  return picked;
}

}  // namespace

std::shared_ptr<const ReferenceDataCache::Common> ReferenceDataCache::read(Transaction& tx) {
  auto shared = std::make_shared<SharedReference>();
  PlanRepository plans(tx);
  if (std::optional<StoredPlan> stored = plans.newestPlan())
    shared->plan = plan::PlanFile{stored->year, stored->fileName, stored->text};
  shared->digest = sha256(encode(shared->plan));
  auto common = std::make_shared<Common>();
  common->units = OrgUnitRepository(tx).all();
  common->tree = OrgTree(common->units);
  common->shared = std::move(shared);
  common->baselines = plans.baselines(plan::kBaselineYear);
  for (size_t at = 0; at < common->units.size(); ++at) common->unitAt.insert(common->units[at].id, at);
  for (size_t at = 0; at < common->baselines.size(); ++at)
    common->baselinesAt[common->baselines[at].unitId].push_back(at);
  return common;
}

std::shared_ptr<const ScopeReference> ReferenceDataCache::forScope(const Common& common, const QString& unitId) {
  auto scope = std::make_shared<ScopeReference>();
  scope->common = common.shared;
  // The growth and share figures at the device's unit sum the baselines of its whole subtree.
  scope->subtree = common.tree.subtree(unitId);
  QStringList sorted = scope->subtree;
  sorted.sort();
  scope->scopeDigest = sha256(sorted.join(QLatin1Char('\n')).toUtf8());
  std::vector<size_t> baselinesAt;
  for (const QString& id : scope->subtree) {
    const auto found = common.baselinesAt.constFind(id);
    if (found != common.baselinesAt.constEnd())
      baselinesAt.insert(baselinesAt.end(), found->begin(), found->end());
  }
  scope->baselines = inReadOrder(common.baselines, std::move(baselinesAt));
  // Its ancestors too: the app names them and judges targets set above its unit (a merged unit's
  // successor is its parent, so it comes along).
  QSet<QString> sent(scope->subtree.cbegin(), scope->subtree.cend());
  for (const OrgUnit* unit = common.tree.find(unitId);
       unit && !unit->parentId.isEmpty() && !sent.contains(unit->parentId);
       unit = common.tree.find(unit->parentId))
    sent.insert(unit->parentId);
  std::vector<size_t> unitsAt;
  for (const QString& id : sent)
    if (const auto found = common.unitAt.constFind(id); found != common.unitAt.constEnd())
      unitsAt.push_back(*found);
  scope->units = inReadOrder(common.units, std::move(unitsAt));
  scope->version =
      QString::fromLatin1(sha256(encode(common.shared->digest, scope->units, scope->baselines)).toHex());
  return scope;
}

QString ReferenceDataCache::inputsOf(Transaction& tx) {
  return OrgUnitRepository(tx).treeVersion() + QLatin1Char('/') + PlanRepository(tx).inputsVersion();
}

std::shared_ptr<const ScopeReference> ReferenceDataCache::cached(Transaction& tx, const QString& unitId) {
  const QString inputs = inputsOf(tx);
  std::lock_guard lock(mutex_);
  if (!common_ || inputs != inputs_) return nullptr;
  return scopes_.value(unitId);
}

std::shared_ptr<const ScopeReference> ReferenceDataCache::latest(const QString& unitId) {
  std::lock_guard lock(mutex_);
  return scopes_.value(unitId);
}

std::shared_ptr<const ScopeReference> ReferenceDataCache::get(Transaction& tx, const QString& unitId) {
  const QString inputs = inputsOf(tx);
  std::shared_ptr<const Common> common;
  {
    std::lock_guard lock(mutex_);
    if (common_ && inputs == inputs_) {
      if (auto it = scopes_.constFind(unitId); it != scopes_.constEnd()) return it.value();
      common = common_;
    }
  }
  // Reading and hashing happen outside the lock: other pulls go on meanwhile. Two pulls that both miss
  // compute the same value; whichever stores it last wins, harmlessly.
  if (!common) common = read(tx);
  std::shared_ptr<const ScopeReference> scope = forScope(*common, unitId);
  std::lock_guard lock(mutex_);
  if (inputs != inputs_) {
    inputs_ = inputs;
    common_ = common;
    scopes_.clear();
  }
  if (common_ == common) scopes_.insert(unitId, scope);
  return scope;
}

}  // namespace sohoi::server
