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

    contentItem: RowLayout {
        spacing: Theme.gap
        ColumnLayout {
            Layout.preferredWidth: row.columns[0]
            spacing: 0
            Label { text: row.branchName; font.weight: Font.Medium; elide: Text.ElideRight; Layout.fillWidth: true }
            Label {
                text: row.communeName + " · " + row.districtName
                color: Theme.muted; font.pixelSize: 12; elide: Text.ElideRight; Layout.fillWidth: true
            }
        }
        ColumnLayout {
            Layout.preferredWidth: row.columns[1]
            spacing: 0
            Label { objectName: "lastSyncText"; text: row.lastSyncText; color: row.silent ? Theme.rejected : palette.text }
            Label {
                visible: row.daysSilent >= 0
                text: Qt.formatDateTime(row.lastSyncAt, "dd/MM/yyyy HH:mm")
                color: Theme.muted; font.pixelSize: 12
            }
        }
        StatusChip {
            Layout.preferredWidth: row.columns[2]
            objectName: "silentChip"
            visible: row.silent
            text: row.daysSilent < 0 ? qsTr("Never synced") : qsTr("Silent %n day(s)", "", row.daysSilent)
            tint: Theme.rejected
        }
        Item { Layout.preferredWidth: row.columns[2]; visible: !row.silent }
        Label {
            objectName: "pending"
            Layout.preferredWidth: row.columns[3]
            text: row.pending
            color: row.pending > 0 ? Theme.pending : Theme.muted
            horizontalAlignment: Text.AlignRight
        }
        Label { Layout.preferredWidth: row.columns[4]; text: row.deviceCount; horizontalAlignment: Text.AlignRight }
        Label { Layout.preferredWidth: row.columns[5]; text: row.appVersions; elide: Text.ElideRight }
        StatusChip {
            objectName: "wrongClock"
            visible: row.wrongClock
            text: qsTr("Wrong clock")
            tint: Theme.pending
        }
        Item { Layout.fillWidth: true }
    }
}
