// The chosen record beside the queue: its fields in words, the decision buttons, its review trail and
// every version with what it changed, who sent it and when; a record in hard conflict opens the dialog
// that resolves it.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Pane {
    id: pane
    required property AppController app
    property string recordId
    property bool mayDecide: false
    signal approveRequested()
    signal returnRequested()
    objectName: "reviewRecordPane"
    padding: 0
    readonly property alias detail: record
    readonly property alias conflictDialog: conflictDialog

    RecordDetail { id: record; manager: pane.app.manager; recordId: pane.recordId }
    ConflictDialog { id: conflictDialog; manager: pane.app.manager }

    Label {
        anchors.centerIn: parent
        visible: !record.exists
        text: qsTr("Choose a record in the list.")
        color: Theme.muted
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: record.exists
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.gap
            width: scroll.availableWidth - 2 * Theme.gap
            spacing: Theme.gap
            Item { implicitHeight: 1 }
            Label { text: record.title; font.pixelSize: 22; font.weight: Font.Medium; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                StatusChip { text: record.kindLabel; tint: Theme.primary }
                StatusChip { objectName: "paneReviewStatus"; text: record.reviewStatus; tint: record.returned ? Theme.rejected : Theme.muted }
                StatusChip { visible: record.conflict; text: qsTr("Conflict: two edits of one field"); tint: Theme.rejected }
            }
            Button {
                objectName: "resolveConflictButton"
                visible: record.conflict
                text: qsTr("Resolve the conflict…")
                onClicked: conflictDialog.openFor(record.recordId)
            }
            RowLayout {
                spacing: 8
                Button {
                    objectName: "approveButton"
                    text: qsTr("Approve (A)")
                    highlighted: true
                    enabled: pane.mayDecide
                    onClicked: pane.approveRequested()
                }
                Button {
                    objectName: "returnButton"
                    text: qsTr("Return… (R)")
                    enabled: pane.mayDecide
                    onClicked: pane.returnRequested()
                }
                Label {
                    visible: !pane.mayDecide
                    text: qsTr("Only a level above this record's unit may decide on it.")
                    color: Theme.muted; font.pixelSize: 13; wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Card {
                Layout.fillWidth: true
                GridLayout {
                    width: parent.width
                    columns: pane.width >= 560 ? 2 : 1
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
            Label {
                visible: record.reviewTrail.length > 0
                text: qsTr("Review trail"); font.pixelSize: 18; font.weight: Font.Medium
            }
            Repeater {
                model: record.reviewTrail
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: modelData.outcome + (modelData.level.length > 0 ? " · " + modelData.level : "")
                              + " · " + modelData.when + (modelData.byMe ? " · " + qsTr("by you") : "")
                              + (modelData.onCurrent ? "" : " · " + qsTr("an earlier version"))
                        color: modelData.returned ? Theme.rejected : Theme.sent
                        font.weight: Font.Medium
                    }
                    Label {
                        visible: modelData.comment.length > 0
                        text: modelData.comment
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            PhotoStrip { manager: pane.app.manager; kind: record.kind; recordId: pane.recordId; Layout.fillWidth: true }
            Label { text: qsTr("Version history"); font.pixelSize: 18; font.weight: Font.Medium }
            Repeater {
                model: record.versions
                delegate: VersionDelegate { Layout.fillWidth: true }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
