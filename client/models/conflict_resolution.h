#pragma once
// Resolving a hard conflict (xung đột: two edits of one field, DESIGN §5) at the workspace: the record's
// current version (left) and the edit the server kept beside it (right, see conflict_sides.h), one row per
// field where they differ, each taken from one side or typed anew. Resolving saves ONE new version from the
// current head with the chosen values; the server sees it started from the head, clears the flag, and
// every device receives it like any edit. Both sides stay stored: nothing anyone saved is dropped.
#include "conflict_sides.h"
#include "domain/record_schema.h"
#include "record_manager.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class ConflictResolution : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(sohoi::app::RecordManager* manager READ manager WRITE setManager NOTIFY managerChanged)
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
  // The record is in hard conflict and this device holds both sides.
  Q_PROPERTY(bool available READ available NOTIFY changed)
  // This account may write the record (the shared permissions table), so a resolution will be accepted.
  Q_PROPERTY(bool mayResolve READ mayResolve NOTIFY changed)
  Q_PROPERTY(QString title READ title NOTIFY changed)
  Q_PROPERTY(QString leftOrigin READ leftOrigin NOTIFY changed)
  Q_PROPERTY(QString leftTime READ leftTime NOTIFY changed)
  Q_PROPERTY(QString rightOrigin READ rightOrigin NOTIFY changed)
  Q_PROPERTY(QString rightTime READ rightTime NOTIFY changed)
  // [{label, value}]: the fields both sides hold alike, shown but not chosen.
  Q_PROPERTY(QVariantList sameFields READ sameFields NOTIFY changed)
  Q_PROPERTY(int count READ rowCount NOTIFY changed)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)

 public:
  enum Role {
    NameRole = Qt::UserRole + 1,  // name: the field's schema name
    LabelRole,                    // label: the field in words
    LeftRole,                     // leftValue: the current version's value in words ("—" when unset)
    RightRole,                    // rightValue: the other edit's value in words
    ChosenRole,                   // chosen: "left", "right" or "custom"
    CustomRole,                   // custom: the value typed for "custom", as typed
    CustomizableRole,             // customizable: a value may be typed (text, number, date)
  };

  explicit ConflictResolution(QObject* parent = nullptr);

  RecordManager* manager() const { return manager_; }
  void setManager(RecordManager* manager);
  QString recordId() const { return recordId_; }
  void setRecordId(const QString& recordId);
  bool available() const { return sides_.has_value(); }
  bool mayResolve() const { return mayResolve_; }
  QString title() const { return title_; }
  /// Who made each side: this computer or tablet, or a device of a unit; and when.
  QString leftOrigin() const { return leftOrigin_; }
  QString leftTime() const { return leftTime_; }
  QString rightOrigin() const { return rightOrigin_; }
  QString rightTime() const { return rightTime_; }
  QVariantList sameFields() const { return sameFields_; }
  /// Why the last resolve failed, in the current language; empty after one that succeeded.
  QString error() const { return error_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  /// Takes row's value from side: "left", "right" or "custom" (the value set with setCustom).
  Q_INVOKABLE void choose(int row, const QString& side);
  /// Takes every row from side ("left" or "right").
  Q_INVOKABLE void chooseAll(const QString& side);
  /// A value typed for row (as a form takes it: text, a number, "dd/MM/yyyy"); chooses "custom".
  Q_INVOKABLE void setCustom(int row, const QString& text);
  /// Saves one new version of the record from its current head with the chosen values; true on success.
  Q_INVOKABLE bool resolve();
  /// Reads the record's sides again; the choices made stay while the sides are the same versions.
  Q_INVOKABLE void refresh();

 signals:
  void managerChanged();
  void recordIdChanged();
  void changed();
  void errorChanged();
  /// The resolution was saved on this device (it syncs like any edit).
  void resolved(const QString& recordId);

 private:
  enum class Side { Left, Right, Custom };
  struct Row {
    const FieldSpec* spec = nullptr;
    QString left;
    QString right;
    Side chosen = Side::Left;
    QString custom;
  };

  QString valueText(const FieldSpec& spec, const QVariantMap& fields) const;
  /// The side a row starts on: the one that changed it since the other's base, so edits of different
  /// fields are both kept unless the reviewer says otherwise; the current version when both did.
  Side startingSide(const FieldSpec& spec) const;
  QVariant chosenValue(const Row& row) const;
  void setError(const QString& error);

  QPointer<RecordManager> manager_;
  QString recordId_;
  std::optional<ConflictSides> sides_;
  std::vector<Row> rows_;
  bool mayResolve_ = false;
  QString title_;
  QString leftOrigin_;
  QString leftTime_;
  QString rightOrigin_;
  QString rightTime_;
  QVariantList sameFields_;
  QString error_;
};

}  // namespace sohoi::app
