// What the last sync means for the leader, under the sync button on Home and the Sync page: a calm strip
// when there is no network (the village's normal state, not an error: what waits is sent by itself), a
// short green "sent" confirmation, and only real failures in red.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

ColumnLayout {
    id: notices
    required property SyncController sync
    spacing: 8

    Rectangle {
        objectName: "offlineStrip"
        visible: notices.sync.offlineText.length > 0
        Layout.fillWidth: true
        implicitHeight: offlineLabel.implicitHeight + 20
        radius: 8
        color: "#ECEFF1"  // blue grey 50: information, not alarm
        Label {
            id: offlineLabel
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 12 }
            text: notices.sync.offlineText
            color: "#37474F"
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "sentConfirmation"
        text: "✓ " + notices.sync.sentText
        visible: notices.sync.sentText.length > 0 && !notices.sync.running
        color: Theme.sent
        font.pixelSize: Theme.small; font.weight: Font.Medium
        wrapMode: Text.Wrap; Layout.fillWidth: true
    }
    Label {
        objectName: "syncError"
        text: notices.sync.errorText
        visible: text.length > 0 && !notices.sync.running
        color: Theme.rejected
        wrapMode: Text.Wrap; Layout.fillWidth: true
    }
}
