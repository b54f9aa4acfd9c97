// One branch in the sync-health table: where it is, when its devices last synced, what waits on them.
// Silent branches are tinted so they stand out; a click goes to the branch.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row
    required property int index
    required property string branchName
    required property string communeName
    required property string districtName
    required property string lastSyncText
    required property var lastSyncAt
    required property int daysSilent
    required property bool silent
    required property int pending
    required property string appVersions
    required property bool wrongClock
    required property int deviceCount
    // Column widths, shared with the header row.
    required property var columns
    signal chosen(int row)

    objectName: "healthRow" + index
    height: Theme.touch + 16
    onClicked: row.chosen(row.index)
    Accessible.name: branchName + ", " + lastSyncText

    background: Rectangle {
        color: row.silent ? Qt.rgba(Theme.rejected.r, Theme.rejected.g, Theme.rejected.b, 0.08)
                          : (row.index % 2 ? "#FAFAFA" : "white")
        border.color: row.hovered ? Theme.primary : "transparent"
    }

    // Fixed columns (a Row, not a layout) so every row lines up with the header whatever it holds.
    contentItem: Row {
        spacing: Theme.gap
        Column {
            width: row.columns[0]
            anchors.verticalCenter: parent.verticalCenter
            Label { text: row.branchName; font.weight: Font.Medium; elide: Text.ElideRight; width: parent.width }
            Label {
                text: row.communeName + " · " + row.districtName
                color: Theme.muted; font.pixelSize: 12; elide: Text.ElideRight; width: parent.width
            }
        }
        Column {
            width: row.columns[1]
            anchors.verticalCenter: parent.verticalCenter
            Label { objectName: "lastSyncText"; text: row.lastSyncText; color: row.silent ? Theme.rejected : palette.text }
            Label {
                visible: row.daysSilent >= 0
                text: Qt.formatDateTime(row.lastSyncAt, "dd/MM/yyyy HH:mm")
                color: Theme.muted; font.pixelSize: 12
            }
        }
        Flow {
            width: row.columns[2]
            height: Math.max(implicitHeight, 1)  // an empty column still takes its place in the Row
            anchors.verticalCenter: parent.verticalCenter
            spacing: 4
            StatusChip {
                objectName: "silentChip"
                visible: row.silent
                text: row.daysSilent < 0 ? qsTr("Never synced") : qsTr("Silent %n day(s)", "", row.daysSilent)
                tint: Theme.rejected
            }
            StatusChip {
                objectName: "wrongClock"
                visible: row.wrongClock
                text: qsTr("Wrong clock")
                tint: Theme.pending
            }
        }
        Label {
            objectName: "pending"
            width: row.columns[3]
            anchors.verticalCenter: parent.verticalCenter
            text: row.pending
            color: row.pending > 0 ? Theme.pending : Theme.muted
            horizontalAlignment: Text.AlignRight
        }
        Label {
            width: row.columns[4]
            anchors.verticalCenter: parent.verticalCenter
            text: row.deviceCount
            horizontalAlignment: Text.AlignRight
        }
        Label {
            width: row.columns[5]
            anchors.verticalCenter: parent.verticalCenter
            text: row.appVersions
            elide: Text.ElideRight
        }
    }
}
