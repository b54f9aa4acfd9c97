// One device in the device list: the person and what the device is called, its unit, when it last
// synced, active or revoked, and the revoke button while it is active.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

ItemDelegate {
    id: row
    required property int index
    required property string deviceId
    required property string personName
    required property string deviceName
    required property string unitId
    required property string lastSeenText
    required property bool revoked
    property string unitName
    // Column widths, shared with the header row.
    required property var columns
    signal revokeRequested()

    objectName: "deviceRow" + index
    height: Theme.touch + 16
    hoverEnabled: false
    Accessible.name: personName + ", " + deviceName
    background: Rectangle { color: row.index % 2 ? "#FAFAFA" : "white" }

    contentItem: RowLayout {
        spacing: 12
        ColumnLayout {
            Layout.preferredWidth: row.columns[0]
            Layout.fillWidth: false  // a layout fills by default: the columns would drift with the button
            spacing: 0
            Label { text: row.personName; font.weight: Font.Medium; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: row.deviceName; color: Theme.muted; font.pixelSize: 12; elide: Text.ElideRight; Layout.fillWidth: true }
        }
        Label { text: row.unitName; elide: Text.ElideRight; Layout.preferredWidth: row.columns[1] }
        Label { text: row.lastSeenText; Layout.preferredWidth: row.columns[2] }
        // Status and action share the last column: an active device offers "Revoke", a revoked one says so
        // (the four columns then fit the card at 1366 px wide).
        StatusChip {
            id: chip
            objectName: "deviceStatus"
            visible: row.revoked
            text: row.revoked ? qsTr("Revoked") : qsTr("Active")
            tint: row.revoked ? Theme.rejected : Theme.sent
        }
        Button {
            objectName: "revokeButton"
            visible: !row.revoked
            text: qsTr("Revoke")
            flat: true
            Material.foreground: Theme.rejected
            onClicked: row.revokeRequested()
        }
        Item { Layout.fillWidth: true }
    }
}
