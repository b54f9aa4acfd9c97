// Tiến độ chỉ tiêu for district and province staff: every indicator of the plan at the current unit by
// target group (left), and for the selected one a bar chart by child unit with the units behind (right).
// Click a bar or a unit to go down a level, the breadcrumb to come back. Laid out for 1366×768 and wider.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "dashboard"
    objectName: "dashboardPage"
    property ProgressDashboardModel model: ProgressDashboardModel {}
    // The first visit reads the figures; later visits show what was read, with its time, until Refresh.
    Component.onCompleted: if (page.model.planYear === 0 && !page.model.loading) page.model.refresh()

    function statusTint(status) {
        return status === "met" ? Theme.sent : status === "not_met" ? Theme.rejected : Theme.muted
    }

    header: PageHeader { title: qsTr("Target progress"); shell: page.shell }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        RowLayout {
            Layout.fillWidth: true
            Repeater {
                objectName: "breadcrumb"
                model: page.model.breadcrumb
                delegate: Button {
                    required property var modelData
                    required property int index
                    flat: true
                    text: (index > 0 ? "› " : "") + modelData.name
                    enabled: index < page.model.breadcrumb.length - 1
                    onClicked: page.model.backTo(index)
                }
            }
            Item { Layout.fillWidth: true }
            BusyIndicator { running: page.model.loading; implicitWidth: 32; implicitHeight: 32 }
            Label { objectName: "updatedAt"; text: page.model.updatedAtText; color: Theme.muted }
            Button { text: qsTr("Refresh"); onClicked: page.model.refresh() }
        }
        Label {
            objectName: "dashboardError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: page.model.offline ? Theme.pending : Theme.rejected
            text: page.model.offline ? qsTr("No network connection: showing the figures from %1.")
                                           .arg(page.model.updatedAt.toLocaleString(Qt.locale(), "HH:mm dd/MM/yyyy"))
                                     : page.model.error
        }
        RowLayout {
            Layout.fillWidth: true
            TabBar {
                id: quarters
                objectName: "quarterBar"
                currentIndex: page.model.quarter
                onCurrentIndexChanged: page.model.quarter = currentIndex
                // Each tab as wide as its words: "Cả năm" is longer than "Quý 1".
                TabButton { text: qsTr("Whole year"); width: implicitWidth }
                Repeater {
                    model: 4
                    TabButton { required property int index; text: qsTr("Quarter %1").arg(index + 1); width: implicitWidth }
                }
            }
            Item { Layout.fillWidth: true }
            // Progress over every record synced, or over those review approved only (computed on this
            // computer from its subtree's records and their review trail).
            Switch {
                objectName: "approvedOnlySwitch"
                visible: page.model.approvedOnlyAvailable
                text: qsTr("Approved records only")
                checked: page.model.approvedOnly
                onToggled: page.model.approvedOnly = checked
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            ListView {
                id: indicators
                objectName: "indicatorList"
                Layout.fillHeight: true
                // The list and the chart share the width 45:55 whatever their contents ask for.
                Layout.fillWidth: true
                Layout.preferredWidth: 45
                clip: true
                model: page.model
                section.property: "groupTitle"
                section.delegate: Label {
                    required property string section
                    text: section
                    font.pixelSize: 16; font.weight: Font.DemiBold
                    topPadding: Theme.gap / 2; bottomPadding: 4
                }
                delegate: ItemDelegate {
                    id: row
                    required property string indicatorId
                    required property string title
                    required property string valueText
                    required property string targetText
                    required property string status
                    required property string statusText
                    required property bool quarterly
                    required property bool selected
                    required property string quartersShort
                    width: ListView.view.width
                    highlighted: selected
                    onClicked: page.model.selectedIndicator = indicatorId
                    contentItem: RowLayout {
                        spacing: Theme.gap / 2
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.indicatorId + "  " + row.title + (row.quarterly ? "  (" + qsTr("quarterly") + ")" : "")
                                wrapMode: Text.Wrap
                            }
                            Label {  // "hàng quý": the quarters so far that fell short
                                visible: row.quartersShort.length > 0
                                text: row.quartersShort
                                color: Theme.rejected
                                font.pixelSize: 13
                            }
                        }
                        Label { text: row.valueText + " / " + row.targetText; font.weight: Font.Medium }
                        StatusChip { text: row.statusText; tint: page.statusTint(row.status) }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 55
                Layout.fillHeight: true
                Label {
                    Layout.fillWidth: true
                    text: page.model.selectedTitle
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                }
                ChartView {
                    id: chart
                    objectName: "childChart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 260
                    antialiasing: true
                    legend.visible: false
                    readonly property var bars: page.model.childBars
                    ValueAxis {
                        id: valueAxis
                        min: 0
                        // Whole numbers on the axis: small counts get one tick per unit, not repeated labels.
                        max: Math.ceil(page.model.chartMax * 1.1)
                        tickCount: Math.min(6, max + 1)
                        labelFormat: "%.0f"
                    }
                    ValueAxis { id: lineAxis; visible: false; min: -0.5; max: Math.max(0.5, chart.bars.length - 0.5) }
                    BarSeries {
                        id: series
                        axisX: BarCategoryAxis { categories: chart.bars.map(bar => bar.name) }
                        axisY: valueAxis
                        onClicked: (index, barset) => page.model.drillInto(chart.bars[index].unitId)
                        BarSet {
                            label: page.model.selectedTitle
                            color: Theme.primary
                            values: chart.bars.map(bar => bar.value)
                        }
                    }
                    LineSeries {  // the target all children share, when they share one
                        axisX: lineAxis
                        axisY: valueAxis
                        visible: page.model.chartTarget >= 0
                        color: Theme.accent
                        width: 2
                        XYPoint { x: lineAxis.min; y: page.model.chartTarget }
                        XYPoint { x: lineAxis.max; y: page.model.chartTarget }
                    }
                }
                Label { text: qsTr("Units behind"); font.weight: Font.DemiBold }
                ListView {
                    objectName: "unitsBehind"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 200
                    clip: true
                    model: page.model.unitsBehind
                    delegate: ItemDelegate {
                        required property var modelData
                        width: ListView.view.width
                        text: modelData.name + ": " + modelData.valueText + " / " + modelData.targetText
                        onClicked: page.model.drillInto(modelData.unitId)
                    }
                }
            }
        }
    }
}
