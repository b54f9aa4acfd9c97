#pragma once
// The district and province workspace's progress dashboard (tiến độ chỉ tiêu): every indicator of the
// plan at the current unit, grouped by the seed's ten target groups (rows of this list model), the
// selected indicator's figure at each child unit (the bar chart), the children behind on it (worst
// first), drill-down from the province to a branch, and a quarter to read quarterly indicators for.
// Figures come from the server (ReportService) through an injected fetcher, so the model does not care
// how the workspace connects; the last answer per unit and quarter is kept in the device's store and
// shown, with its time, when the server cannot be reached.
//
// Threading: lives on the UI thread. Each reading runs on a worker thread of its own (the fetcher is
// called there, one call at a time); results are applied on the UI thread.
#include "report/progress_reading.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QThread>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sohoi::app {

class ProgressDashboardModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY answerChanged)
  Q_PROPERTY(bool offline READ offline NOTIFY answerChanged)
  Q_PROPERTY(QDateTime updatedAt READ updatedAt NOTIFY answerChanged)
  Q_PROPERTY(QString updatedAtText READ updatedAtText NOTIFY answerChanged)
  Q_PROPERTY(QString unitName READ unitName NOTIFY answerChanged)
  Q_PROPERTY(QVariantList breadcrumb READ breadcrumb NOTIFY answerChanged)
  Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY answerChanged)
  Q_PROPERTY(int planYear READ planYear NOTIFY answerChanged)
  Q_PROPERTY(int groupCount READ groupCount NOTIFY answerChanged)
  Q_PROPERTY(int quarter READ quarter WRITE setQuarter NOTIFY quarterChanged)
  // Figures over approved records only (read by the approved fetcher), or over all records (the default).
  Q_PROPERTY(bool approvedOnly READ approvedOnly WRITE setApprovedOnly NOTIFY approvedOnlyChanged)
  Q_PROPERTY(bool approvedOnlyAvailable READ approvedOnlyAvailable CONSTANT)
  Q_PROPERTY(QString selectedIndicator READ selectedIndicator WRITE selectIndicator NOTIFY selectionChanged)
  Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY selectionChanged)
  Q_PROPERTY(QVariantList childBars READ childBars NOTIFY selectionChanged)
  Q_PROPERTY(double chartMax READ chartMax NOTIFY selectionChanged)
  Q_PROPERTY(double chartTarget READ chartTarget NOTIFY selectionChanged)
  Q_PROPERTY(QVariantList unitsBehind READ unitsBehind NOTIFY selectionChanged)
  // A commune's tablet: its branches are below every level judged, so none is "not met"; a branch counts
  // as behind when it falls short of its own share of a target (e.g. 50% of its branch leaders trained).
  Q_PROPERTY(bool sharesBehind READ sharesBehind WRITE setSharesBehind NOTIFY selectionChanged)

 public:
  using Fetcher = client::ProgressFetcher;
  enum Role {
    GroupRole = Qt::UserRole + 1,
    GroupTitleRole,
    IndicatorIdRole,
    TitleRole,
    ValueTextRole,
    TargetTextRole,
    StatusRole,      // "met", "not_met", "not_applicable"
    StatusTextRole,  // Đạt / Chưa đạt / Không áp dụng
    QuarterlyRole,
    SelectedRole,
    QuartersShortRole,  // a quarterly indicator: "Quarters that fell short: I, III", empty when none
  };

  explicit ProgressDashboardModel(QObject* parent = nullptr);
  /// Waits for a reading still running.
  ~ProgressDashboardModel() override;

  /// Where figures come from. Called on a worker thread, never two calls at once.
  void setFetcher(Fetcher fetcher) { fetcher_ = std::move(fetcher); }
  /// The device store that keeps the last answers (empty: nothing kept).
  void setStorePath(const QString& path) { storePath_ = path; }
  /// Where figures over approved records only come from (the workspace computes them from its subtree).
  /// Its answers are not kept: they are read from this computer's own records, offline as well.
  void setApprovedFetcher(Fetcher fetcher) { approvedFetcher_ = std::move(fetcher); }
  bool approvedOnly() const { return approvedOnly_; }
  void setApprovedOnly(bool approvedOnly);
  bool approvedOnlyAvailable() const { return static_cast<bool>(approvedFetcher_); }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return reading_ != nullptr; }
  QString error() const { return error_; }
  bool offline() const { return offline_; }
  QDateTime updatedAt() const { return updatedAt_; }
  QString updatedAtText() const;
  QString unitName() const;
  /// [{unitId, name}] from where the dashboard started to the unit shown.
  QVariantList breadcrumb() const;
  bool canGoBack() const { return trail_.size() > 1; }
  int planYear() const { return answer_ ? answer_->plan.year : 0; }
  int groupCount() const;
  /// 0: the year (today's figures); 1–4: quarterly indicators read for that quarter.
  int quarter() const { return quarter_; }
  void setQuarter(int quarter);
  QString selectedIndicator() const { return selected_; }
  void selectIndicator(const QString& indicatorId);
  QString selectedTitle() const;
  bool sharesBehind() const { return sharesBehind_; }
  void setSharesBehind(bool sharesBehind);
  /// [{unitId, name, value, target, hasTarget, status, valueText, targetText, behind}] for the selected
  /// indicator at each child unit.
  QVariantList childBars() const;
  /// The largest value or target among the bars (the chart's axis), at least 1.
  double chartMax() const;
  /// The target every child shares for the selected indicator, or -1 when they differ or have none.
  double chartTarget() const;
  /// [{unitId, name, valueText, targetText}]: children behind on the selected indicator (not met, or with
  /// sharesBehind short of their share), worst first.
  QVariantList unitsBehind() const;

  /// Reads the current unit again (from the server, or the kept answer offline).
  Q_INVOKABLE void refresh();
  /// Shows a child of the current unit (a bar or a row of the list).
  Q_INVOKABLE void drillInto(const QString& unitId);
  /// Back up one level of the breadcrumb.
  Q_INVOKABLE void back();
  /// Back to the breadcrumb's entry at index.
  Q_INVOKABLE void backTo(int index);

 signals:
  void loadingChanged();
  void answerChanged();
  void quarterChanged();
  void approvedOnlyChanged();
  void selectionChanged();

 private:
  struct Step {
    QString unitId;  // empty: the caller's own unit
    QString name;
  };
  struct Row {
    const client::IndicatorInfo* info = nullptr;
    const plan::IndicatorProgress* figure = nullptr;
  };
  QString asOf() const;
  void apply(const client::ProgressReading& reading);
  void rebuildRows();
  const plan::IndicatorProgress* figureAt(const plan::UnitProgress& unit) const;  // of the selected indicator
  bool isBehind(const plan::IndicatorProgress& figure) const;

  Fetcher fetcher_;
  Fetcher approvedFetcher_;
  QString storePath_;
  bool approvedOnly_ = false;
  QThread* reading_ = nullptr;
  bool again_ = false;  // the unit or quarter changed while a reading ran
  std::vector<Step> trail_{Step{}};
  int quarter_ = 0;
  QString selected_;
  bool sharesBehind_ = false;
  std::optional<client::ProgressAnswer> answer_;
  std::vector<Row> rows_;  // point into answer_
  QString error_;
  bool offline_ = false;
  QDateTime updatedAt_;
};

}  // namespace sohoi::app
