// One record: its status line (sent? reviewed?), its fields (a visit's criteria as Đạt / Chưa đạt), a
// household's visits, and every version it went through. Edit makes a new version; delete leaves a
// tombstone version.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    // Its kind's list, whichever page opened it (the inbox, home, a list).
    readonly property string navName: record.kind.length > 0 ? "list:" + record.kind : ""
    property string recordId
    objectName: "recordDetailPage"
    readonly property alias detail: record

    RecordDetail { id: record; manager: page.app.manager; recordId: page.recordId }

    // Only Edit sits in the header; Delete waits at the foot of the page, away from it and in red.
    header: PageHeader {
        title: record.title
        shell: page.shell
        ToolButton {
            objectName: "editButton"
            text: qsTr("Edit")
            enabled: record.exists
            onClicked: if (page.shell) page.shell.openEditor(record.kind, page.recordId)
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.gap
            width: scroll.availableWidth - 2 * Theme.gap
            spacing: Theme.gap
            Item { implicitHeight: 1 }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                StatusChip { text: record.kindLabel; tint: Theme.primary }
                StatusChip {
                    objectName: "criteriaSummary"
                    visible: record.kind === "household" || record.kind === "household_visit"
                    text: record.criteriaMet < 0 ? qsTr("not visited yet")
                        : record.kind === "household" ? qsTr("%1/8 criteria at the latest visit").arg(record.criteriaMet)
                        : qsTr("%1/8 criteria").arg(record.criteriaMet)
                    tint: record.criteriaMet === 8 ? Theme.sent : Theme.pending
                }
            }
            RecordStatusLine { detail: record; Layout.fillWidth: true }
            // A household is a case: its visits over time, and a visit to start from here.
            HouseholdCaseCard {
                visible: record.kind === "household"
                app: page.app
                shell: page.shell
                householdId: record.kind === "household" ? page.recordId : ""
                Layout.fillWidth: true
            }
            Card {
                Layout.fillWidth: true
                // A plain column of label-over-value pairs, each as tall as its wrapped words: rows in a
                // grid were sized before their text wrapped and drew values over the next labels.
                Column {
                    id: fieldColumn
                    width: parent.width
                    spacing: 10
                    Repeater {
                        model: record.fields
                        delegate: Column {
                            required property var modelData
                            required property int index
                            objectName: "fieldRow_" + index
                            width: fieldColumn.width
                            spacing: 2
                            Label {
                                objectName: "fieldLabel"
                                width: parent.width
                                text: modelData.label
                                color: Theme.muted
                                font.pixelSize: Theme.small
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "fieldValue"
                                width: parent.width
                                text: modelData.value
                                color: modelData.criterion ? (modelData.met ? Theme.sent : Theme.pending) : Theme.text
                                font.weight: modelData.criterion ? Font.Medium : Font.Normal
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
            PhotoStrip { manager: page.app.manager; kind: record.kind; recordId: page.recordId; Layout.fillWidth: true }
            Label { text: qsTr("Changes made"); font.pixelSize: Theme.heading; font.weight: Font.Medium }
            Repeater {
                model: record.versions
                delegate: VersionDelegate { Layout.fillWidth: true }
            }
            Button {
                objectName: "deleteButton"
                text: qsTr("Delete this record")
                enabled: record.exists
                flat: true
                Material.foreground: Theme.rejected
                Layout.topMargin: 2 * Theme.gap
                Layout.preferredHeight: Theme.touch
                onClicked: confirmDelete.open()
            }
            Item { implicitHeight: Theme.gap }
        }
    }

    ConfirmDialog {
        id: confirmDelete
        objectName: "confirmDelete"
        title: qsTr("Delete this record?")
        message: qsTr("The deletion is sent to the server at the next sync; earlier versions are kept.")
        confirmText: qsTr("Delete")
        onAccepted: if (record.remove() && page.shell) page.shell.back()
    }
}
