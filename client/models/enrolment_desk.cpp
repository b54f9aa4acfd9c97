#include "enrolment_desk.h"

#include "background_call.h"
#include "language.h"
#include "text_folding.h"
#include "unit_choices.h"

#include "auth/account_rules.h"
#include "domain/field_limits.h"
#include "net/enrolment_ticket.h"

#include <QDateTime>
#include <algorithm>

namespace sohoi::app {

EnrolmentDesk::EnrolmentDesk(QObject* parent) : QObject(parent) {}

void EnrolmentDesk::setManager(RecordManager* manager) {
  if (manager_ == manager) return;
  if (manager_) disconnect(manager_, nullptr, this, nullptr);
  manager_ = manager;
  if (manager_) {
    // A sync may bring a changed tree (a unit moved or merged), a sign-in another account.
    connect(manager_, &RecordManager::reloaded, this, &EnrolmentDesk::reloadBranches);
    connect(manager_, &RecordManager::languageChanged, this, &EnrolmentDesk::issuedChanged);  // the expiry's words
  }
  reloadBranches();
  emit managerChanged();
}

void EnrolmentDesk::reloadBranches() {
  branches_.clear();
  searchKeys_.clear();
  if (manager_ && manager_->isOpen()) {
    const client::LocalStore& store = manager_->store();
    branches_ = enrolableUnits(store.orgTree(), store.account().unitId, manager_->role());
    for (const QVariant& branch : std::as_const(branches_)) {
      const QVariantMap unit = branch.toMap();
      searchKeys_.append(foldForSearch(unit.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                                       unit.value(QStringLiteral("communeName")).toString()));
    }
  }
  emit branchesChanged();
  emit matchingBranchesChanged();
}

void EnrolmentDesk::setSearch(const QString& search) {
  if (search == search_) return;
  search_ = search;
  emit searchChanged();
  emit matchingBranchesChanged();
}

QVariantList EnrolmentDesk::matchingBranches() const {
  const QStringList terms = searchTerms(search_);
  if (terms.isEmpty()) return branches_;
  QVariantList matching;
  for (qsizetype i = 0; i < branches_.size(); ++i)
    if (matchesTerms(searchKeys_.at(i), terms)) matching.append(branches_.at(i));
  return matching;
}

int EnrolmentDesk::maxPersonNameLength() const { return kMaxShortText; }

QString EnrolmentDesk::unitNameOf(const QString& unitId) const {
  if (!manager_ || !manager_->isOpen()) return unitId;
  const OrgUnit* unit = manager_->store().orgTree().find(unitId);
  return unit ? unit->name : unitId;
}

void EnrolmentDesk::issueCode(const QString& unitId, const QString& personName) {
  if (issuing_) return;
  const bool offered = std::any_of(branches_.cbegin(), branches_.cend(), [&](const QVariant& branch) {
    return branch.toMap().value(QStringLiteral("id")).toString() == unitId;
  });
  if (!offered) return setError(tr("Choose the branch or commune unit the person works at"));
  if (const std::optional<Rejection> problem = personNameProblem(personName))
    return setError(localized(problem->messageVi, problem->messageEn));
  if (!issuer_) return setError(tr("Not connected to the server"));
  setError({});
  // The previous code goes at once: its QR code must never be taken for the new person's.
  showIssued({}, {});
  setIssuing(true);
  const QString name = personName.trimmed();
  using Issued = client::RpcResult<client::EnrolmentCode>;
  runInBackground<Issued>(
      this, [issuer = issuer_, unitId, name] { return issuer(unitId, name); },
      [this, name](const Issued& result) { finishIssue(result, name); });
}

void EnrolmentDesk::finishIssue(const client::RpcResult<client::EnrolmentCode>& result, const QString& personName) {
  setIssuing(false);
  if (!result.ok()) return setError(localized(result.error.messageVi, result.error.messageEn));
  showIssued(*result.value, personName);
}

void EnrolmentDesk::showIssued(const client::EnrolmentCode& issued, const QString& personName) {
  issued_ = issued;
  personName_ = personName;
  ticket_.clear();
  serverAddress_.clear();
  if (!issued.code.isEmpty()) {
    const client::Account account = manager_ ? manager_->account() : client::Account{};
    serverAddress_ = account.serverAddress;
    // Without an address (never so for a signed-in workspace) the bare code is still a ticket the tablet reads.
    ticket_ = serverAddress_.isEmpty()
                  ? issued.code
                  : formatEnrolmentTicket(EnrolmentTicket{serverAddress_, issued.code, account.certificatePin});
  }
  emit issuedChanged();
}

QString EnrolmentDesk::expiresText() const {
  if (issued_.expiresAtMs == 0) return {};
  const QDateTime expires = QDateTime::fromMSecsSinceEpoch(issued_.expiresAtMs);
  return tr("Valid until %1, once").arg(expires.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
}

void EnrolmentDesk::setIssuing(bool issuing) {
  if (issuing == issuing_) return;
  issuing_ = issuing;
  emit issuingChanged();
}

void EnrolmentDesk::setError(const QString& error) {
  if (error == error_) return;
  error_ = error;
  emit errorChanged();
}

}  // namespace sohoi::app
