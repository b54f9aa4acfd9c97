// Báo cáo: for district and province staff, the reports the server makes — the progress report as PDF in
// the administrative layout, its figures as CSV, or the period's records as CSV (one file per kind) — for a
// unit, a year and a quarter, saved in a folder on this computer. The exporter comes wired from the
// workspace; on its own the page makes an unconnected one.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "reports"
    objectName: "reportsPage"
    property ReportExporter exporter: ReportExporter { manager: page.app.manager }

    readonly property var formats: [
        { name: "pdf", title: qsTr("Progress report (PDF)"),
          line: qsTr("The report on the plan's targets, laid out as an official document, ready to print") },
        { name: "progress_csv", title: qsTr("Progress figures (CSV)"),
          line: qsTr("The same figures for the unit and each unit below it, to open in Excel") },
        { name: "records_csv", title: qsTr("Records (CSV)"),
          line: qsTr("Every record of the period in the unit and below it, one file per kind, in a folder") }
    ]

    header: PageHeader {
        title: qsTr("Reports")
        shell: page.shell
    }

    Flickable {
        anchors.fill: parent
        contentHeight: card.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Card {
            id: card
            width: Math.min(page.width - 2 * Theme.gap, 820)
            x: (page.width - width) / 2
            y: Theme.gap

            ColumnLayout {
                width: parent.width
                spacing: Theme.gap

                GridLayout {
                    columns: 3
                    columnSpacing: Theme.gap
                    rowSpacing: 4
                    Layout.fillWidth: true
                    Label { text: qsTr("Unit"); color: Theme.muted }
                    Label { text: qsTr("Year"); color: Theme.muted }
                    Label { text: qsTr("Period"); color: Theme.muted }
                    ComboBox {
                        id: unitPicker
                        objectName: "unitPicker"
                        Layout.fillWidth: true
                        model: page.exporter.units
                        textRole: "name"
                        currentIndex: page.exporter.units.findIndex(unit => unit.id === page.exporter.unitId)
                        onActivated: index => page.exporter.unitId = page.exporter.units[index].id
                        delegate: ItemDelegate {
                            required property var modelData
                            required property int index
                            width: unitPicker.width
                            text: modelData.name
                            // Communes indented under their district, as in the org tree.
                            leftPadding: 16 + 20 * (modelData.level - (page.exporter.units.length > 0 ? page.exporter.units[0].level : 1))
                            highlighted: unitPicker.highlightedIndex === index
                        }
                    }
                    SpinBox {
                        objectName: "yearField"
                        from: 2000
                        to: 2100
                        editable: true
                        value: page.exporter.year
                        textFromValue: (value, locale) => String(value)  // 2021, not "2.021"
                        valueFromText: (text, locale) => parseInt(text)
                        onValueModified: page.exporter.year = value
                    }
                    ComboBox {
                        objectName: "quarterPicker"
                        Layout.preferredWidth: 160
                        model: [qsTr("Whole year"), qsTr("Quarter I"), qsTr("Quarter II"), qsTr("Quarter III"),
                                qsTr("Quarter IV")]
                        currentIndex: page.exporter.quarter
                        onActivated: index => page.exporter.quarter = index
                    }
                }

                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label { text: qsTr("What to export"); color: Theme.muted }
                    Repeater {
                        model: page.formats
                        ColumnLayout {
                            required property var modelData
                            spacing: 0
                            Layout.fillWidth: true
                            RadioButton {
                                objectName: "format_" + modelData.name
                                text: modelData.title
                                checked: page.exporter.format === modelData.name
                                onClicked: page.exporter.format = modelData.name
                            }
                            Label {
                                text: modelData.line
                                color: Theme.muted
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                Layout.leftMargin: 48
                            }
                        }
                    }
                }

                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    Label { text: qsTr("Save in folder"); color: Theme.muted }
                    TextField {
                        objectName: "folderField"
                        Layout.fillWidth: true
                        text: page.exporter.folder
                        selectByMouse: true
                        onEditingFinished: page.exporter.folder = text
                    }
                }

                RowLayout {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Button {
                        objectName: "exportButton"
                        text: qsTr("Export report")
                        highlighted: true
                        enabled: !page.exporter.busy
                        onClicked: page.exporter.exportNow()
                    }
                    ProgressBar {
                        objectName: "exportProgress"
                        visible: page.exporter.busy
                        value: page.exporter.progress
                        Layout.fillWidth: true
                    }
                }

                Label {
                    objectName: "exportError"
                    visible: text.length > 0 && !page.exporter.busy
                    text: page.exporter.error
                    color: Theme.rejected
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                RowLayout {
                    objectName: "savedRow"
                    visible: page.exporter.savedPath.length > 0 && !page.exporter.busy
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Label {
                        objectName: "savedPath"
                        text: qsTr("Saved: %1").arg(page.exporter.savedPath)
                        color: Theme.sent
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "openFolderButton"
                        text: qsTr("Open folder")
                        flat: true
                        onClicked: page.exporter.openFolder()
                    }
                }
            }
        }
    }
}
