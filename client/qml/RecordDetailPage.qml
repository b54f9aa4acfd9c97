// One record: its fields, whether the server has it and what review said, and every version it went
// through. Edit makes a new version; delete leaves a tombstone version.
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

    header: PageHeader {
        title: record.title
        shell: page.shell
        ToolButton {
            objectName: "editButton"
            text: qsTr("Edit")
            enabled: record.exists
            onClicked: if (page.shell) page.shell.openEditor(record.kind, page.recordId)
        }
        ToolButton {
            objectName: "deleteButton"
            text: qsTr("Delete")
            enabled: record.exists
            onClicked: confirmDelete.open()
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
                    objectName: "syncStatus"
                    text: record.syncStatus
                    tint: record.syncState === "rejected" ? Theme.rejected
                        : record.syncState === "pending" ? Theme.pending : Theme.sent
                }
                StatusChip {
                    objectName: "reviewStatus"
                    text: record.reviewStatus
                    tint: record.returned ? Theme.rejected : Theme.muted
                }
                StatusChip {
                    visible: record.kind === "household"
                    text: record.criteriaMet === 8 ? qsTr("meets all 8 criteria")
                        : record.criteriaMet < 0 ? qsTr("not visited yet")
                        : qsTr("%1/8 criteria at the latest visit").arg(record.criteriaMet)
                    tint: record.criteriaMet === 8 ? Theme.sent : Theme.pending
                }
            }
            Card {
                Layout.fillWidth: true
                GridLayout {
                    width: parent.width
                    columns: page.width >= 600 ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: 6
                    Repeater {
                        model: record.fields
                        delegate: ColumnLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 0
                            Label { text: modelData.label; color: Theme.muted; font.pixelSize: 13; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Label { text: modelData.value; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        }
                    }
                }
            }
            PhotoStrip { manager: page.app.manager; kind: record.kind; recordId: page.recordId; Layout.fillWidth: true }
            Label { text: qsTr("Version history"); font.pixelSize: 18; font.weight: Font.Medium }
            Repeater {
                model: record.versions
                delegate: VersionDelegate { Layout.fillWidth: true }
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
