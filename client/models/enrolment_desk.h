#pragma once
// The enrolment desk (cấp mã đăng ký) of the district and province workspace: staff pick a branch (or a
// commune unit, for a commune officer's tablet) of their subtree, type the person's name and get a
// one-time code, shown as text and as a ticket for a QR code that also carries the server's address and
// certificate pin, so the leader never types an address (shared/net/enrolment_ticket.h).
// The code comes through an injected issuer, so the desk does not care how the workspace connects.
//
// Threading: UI thread only. issueCode() runs the issuer on a pool thread; its answer arrives on the UI
// thread.
#include "admin/admin_client.h"
#include "record_manager.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace sohoi::app {

class EnrolmentDesk : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  // [{id, name, communeName, level}] where the account may enrol people: commune units, each followed by its branches.
  Q_PROPERTY(QVariantList branches READ branches NOTIFY branchesChanged)
  // Diacritic-free words that narrow matchingBranches (by unit or commune name).
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
  Q_PROPERTY(QVariantList matchingBranches READ matchingBranches NOTIFY matchingBranchesChanged)
  Q_PROPERTY(int maxPersonNameLength READ maxPersonNameLength CONSTANT)
  Q_PROPERTY(bool issuing READ issuing NOTIFY issuingChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  // The newest code issued, for whom and where; empty until one is.
  Q_PROPERTY(QString code READ code NOTIFY issuedChanged)
  Q_PROPERTY(QString ticket READ ticket NOTIFY issuedChanged)  // sohoi://HOST:PORT/CODE?pin=…, for the QR code
  Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY issuedChanged)  // what the ticket carries
  Q_PROPERTY(QString expiresText READ expiresText NOTIFY issuedChanged)
  Q_PROPERTY(QString personName READ personName NOTIFY issuedChanged)
  Q_PROPERTY(QString unitName READ unitName NOTIFY issuedChanged)

 public:
  /// Asks the server for a code for personName at unitId; blocking, called off the UI thread.
  using Issuer = std::function<client::RpcResult<client::EnrolmentCode>(const QString& unitId, const QString& personName)>;

  explicit EnrolmentDesk(QObject* parent = nullptr);

  void setIssuer(Issuer issuer) { issuer_ = std::move(issuer); }
  /// Checks the name (shared/auth/account_rules.h) and the unit, then asks for a code; refused inputs set
  /// error without a call. Ignored while a code is being issued.
  Q_INVOKABLE void issueCode(const QString& unitId, const QString& personName);
  /// Puts the code shown away (the person has it), so the desk is ready for the next person.
  Q_INVOKABLE void clearIssued() { showIssued({}, {}); }
  /// The unit's name in the workspace's tree ("Chi hội Tổ 3"), or the id when the tree does not know it.
  Q_INVOKABLE QString unitNameOf(const QString& unitId) const;

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QVariantList branches() const { return branches_; }
  QString search() const { return search_; }
  void setSearch(const QString& search);
  QVariantList matchingBranches() const;
  int maxPersonNameLength() const;
  bool issuing() const { return issuing_; }
  QString error() const { return error_; }
  QString code() const { return issued_.code; }
  QString ticket() const { return ticket_; }
  QString serverAddress() const { return serverAddress_; }
  QString expiresText() const;
  QString personName() const { return personName_; }
  QString unitName() const { return unitNameOf(issued_.unitId); }

 signals:
  void managerChanged();
  void branchesChanged();
  void searchChanged();
  void matchingBranchesChanged();
  void issuingChanged();
  void errorChanged();
  void issuedChanged();

 private:
  void reloadBranches();
  void finishIssue(const client::RpcResult<client::EnrolmentCode>& result, const QString& personName);
  void showIssued(const client::EnrolmentCode& issued, const QString& personName);
  void setIssuing(bool issuing);
  void setError(const QString& error);

  Issuer issuer_;
  QPointer<RecordManager> manager_;
  QVariantList branches_;
  QStringList searchKeys_;  // folded unit and commune names, one per branch
  QString search_;
  bool issuing_ = false;
  QString error_;
  client::EnrolmentCode issued_;
  QString personName_;
  QString ticket_;
  QString serverAddress_;
};

}  // namespace sohoi::app
