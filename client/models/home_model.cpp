#include "home_model.h"

#include "choice_labels.h"
#include "kind_catalogue.h"
#include "language.h"
#include "new_record_drafts.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sohoi::app {

namespace {
constexpr int kProgressDelayMs = 400;
}

HomeModel::HomeModel(QObject* parent) : QObject(parent) {
  progressTimer_.setSingleShot(true);
  progressTimer_.setInterval(kProgressDelayMs);
  connect(&progressTimer_, &QTimer::timeout, this, &HomeModel::startProgress);
}

HomeModel::~HomeModel() {
  if (progressThread_) {
    progressThread_->wait();
    delete progressThread_;
  }
}

void HomeModel::startProgress() {
  if (!manager_ || !manager_->isOpen()) return;
  if (progressThread_) {
    progressDirty_ = true;
    return;
  }
  // Reading every record and evaluating the plan takes a while with thousands of records: a thread of its
  // own, with its own store connection, keeps saves and scrolling smooth.
  auto result = std::make_shared<UnitProgressResult>();
  const QString path = manager_->path();
  progressThread_ = QThread::create([result, path] { *result = computeUnitProgress(path); });
  connect(progressThread_, &QThread::finished, this, [this, result] {
    progressThread_->deleteLater();
    progressThread_ = nullptr;
    lastProgress_ = *result;
    progressComputed_ = true;
    publishProgress();
    if (progressDirty_) {
      progressDirty_ = false;
      progressTimer_.start();
    }
  });
  progressThread_->start();
}

void HomeModel::publishProgress() {
  const QVariantList bars = progressBarsForQml(lastProgress_.bars);
  QString note;
  if (!progressComputed_)  // the first computation runs: the plan may well be on the tablet already
    note = QCoreApplication::translate("Progress", "Computing…");
  else if (!lastProgress_.errorVi.isEmpty())
    note = localized(lastProgress_.errorVi, lastProgress_.errorEn);
  else if (!lastProgress_.planLoaded)
    note = QCoreApplication::translate("Progress", "Target progress appears here once a sync brings this "
                                                   "year's plan to the tablet.");
  else if (bars.isEmpty())
    note = QCoreApplication::translate("Progress", "Plan %1: no figures for this unit yet.").arg(lastProgress_.planYear);
  else
    note = QCoreApplication::translate("Progress", "Plan %1, computed on this tablet from the records it holds.")
               .arg(lastProgress_.planYear);
  if (bars != progress_ || note != progressNote_) {
    progress_ = bars;
    progressNote_ = note;
    emit progressChanged();
  }
}

QString HomeModel::returnedText() const {
  if (returnedCount_ == 0) return {};
  return QCoreApplication::translate("Home", "%n record(s) returned by the district – fix now", nullptr, returnedCount_);
}

void HomeModel::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    connect(manager_, &RecordManager::recordSaved, this, &HomeModel::refresh);
    connect(manager_, &RecordManager::reloaded, this, &HomeModel::refresh);
    connect(manager_, &RecordManager::languageChanged, this, &HomeModel::refresh);
  }
  emit managerChanged();
  refresh();
}

void HomeModel::refresh() {
  QVariantList kindCounts;
  if (!manager_ || !manager_->isOpen()) {
    unitName_.clear();
    personName_.clear();
    todayCount_ = pendingCount_ = rejectedCount_ = returnedCount_ = sentCount_ = 0;
    drafts_.clear();
    hasBranches_ = false;
  } else {
    const client::Account account = manager_->account();
    unitName_ = manager_->unitName();
    personName_ = account.personName;
    const QDateTime midnight = QDateTime(QDate::currentDate(), QTime(0, 0));
    todayCount_ = manager_->countMadeSince(midnight.toMSecsSinceEpoch());
    const client::OutboxCounts counts = manager_->outboxCounts();
    pendingCount_ = counts.pending;
    rejectedCount_ = counts.rejected;
    sentCount_ = counts.acknowledged;
    drafts_ = allDrafts(manager_->store());
    returnedCount_ = manager_->returnedCount();
    hasBranches_ = manager_->unitLevel() != UnitLevel::Branch;
    // The weekly kinds this unit may add; people are added from a training's form, the rest from the menu.
    for (const OfferedKind& offered : offeredKinds()) {
      if (offered.group != KindGroup::Daily || offered.kind == RecordKind::Person ||
          !creatableAt(offered.kind, manager_->unitLevel(), manager_->role()))
        continue;
      kindCounts.append(QVariantMap{{QStringLiteral("kind"), recordKindName(offered.kind)},
                                    {QStringLiteral("label"), kindListLabel(offered.kind)},
                                    {QStringLiteral("addLabel"), kindLabel(offered.kind)}});
    }
    progressTimer_.start();
  }
  emit changed();
  if (kindCounts != kindCounts_) {
    kindCounts_ = kindCounts;
    emit kindCountsChanged();
  }
  publishProgress();  // the last figures, in the current language, until the new ones arrive
}

}  // namespace sohoi::app
