// The devices working in the workspace's subtree (tablets and signed-in computers), newest first: who
// holds each, where, when it last synced, and whether it was revoked. Revoking a lost tablet asks first.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Card {
    id: card
    required property DeviceListModel devices
    required property EnrolmentDesk desk
    // Person and device, unit, last seen; status (or the revoke button) takes what is left, at least
    // 110 px at 1366 px wide, the narrowest the workspace is used at.
    readonly property var columns: [Math.max(160, width * 0.3), Math.max(110, width * 0.2), 110, 110]

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        RowLayout {
            Label {
                text: qsTr("Devices · %1").arg(card.devices.count)
                font.pixelSize: 18; font.weight: Font.Medium
                Layout.fillWidth: true
            }
            BusyIndicator { running: card.devices.loading; visible: running; implicitHeight: 32; implicitWidth: 32 }
            Button {
                objectName: "refreshDevicesButton"
                text: qsTr("Refresh")
                flat: true
                enabled: !card.devices.loading
                onClicked: card.devices.refresh()
            }
        }
        Label {
            objectName: "devicesError"
            visible: text.length > 0
            text: card.devices.error
            color: Theme.rejected
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 12
            Layout.leftMargin: 12
            Repeater {
                model: [qsTr("Person and device"), qsTr("Unit"), qsTr("Last sync"), qsTr("Status")]
                Label {
                    required property int index
                    required property string modelData
                    text: modelData
                    Layout.preferredWidth: card.columns[index]
                    color: Theme.muted; font.pixelSize: 13; font.weight: Font.Medium
                }
            }
        }
        ListView {
            id: list
            objectName: "deviceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: card.devices
            ScrollBar.vertical: ScrollBar {}
            delegate: DeviceRow {
                id: device
                width: list.width
                columns: card.columns
                unitName: card.desk.unitNameOf(device.unitId)
                onRevokeRequested: revokeDialog.openFor(device.deviceId, device.personName, device.deviceName)
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0 && !card.devices.loading && card.devices.error.length === 0
                text: qsTr("No devices enrolled yet")
                color: Theme.muted
            }
        }
    }

    RevokeDeviceDialog {
        id: revokeDialog
        onConfirmed: deviceId => card.devices.revoke(deviceId)
    }
}
