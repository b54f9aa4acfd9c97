// Thu hồi thiết bị asks first and says what it does: the server refuses the device from its next call,
// so whatever the tablet has not sent by then is lost. Meant for a lost or stolen tablet.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

Dialog {
    id: dialog
    property string deviceId
    property string personName
    property string deviceName
    signal confirmed(string deviceId)
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 32 : 520)
    modal: true
    objectName: "revokeDialog"
    title: qsTr("Revoke this device?")

    function openFor(deviceId, personName, deviceName) {
        dialog.deviceId = deviceId
        dialog.personName = personName
        dialog.deviceName = deviceName
        open()
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: 8
        Label {
            objectName: "revokeWhat"
            text: dialog.personName + " · " + dialog.deviceName
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "revokeConsequence"
            text: qsTr("The tablet is refused at its next sync and can no longer send or receive anything. Records on it that have not been synced are lost unless it syncs before you revoke it. Use this for a lost or stolen tablet; the person needs a new code to work on another one.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "confirmRevoke"
            text: qsTr("Revoke")
            flat: true
            font.weight: Font.Bold
            Material.foreground: Theme.rejected  // it cannot be undone: red, and not the default
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button { id: cancelRevoke; objectName: "cancelRevoke"; text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }
    onOpened: cancelRevoke.forceActiveFocus()
    onAccepted: dialog.confirmed(dialog.deviceId)
}
