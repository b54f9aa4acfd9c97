// Asks before an act that cannot be undone (delete a record, sign out of the tablet): the act in red, the
// safe choice first and focused, so Enter, Escape or a tap outside leave things as they are. Every word is
// the app's own: Qt's standard buttons would say Yes/No in English.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

Dialog {
    id: dialog
    property string message
    property string confirmText
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(480, parent ? parent.width - 32 : 480)

    ColumnLayout {
        width: dialog.availableWidth
        Label {
            text: dialog.message
            visible: text.length > 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: DialogButtonBox {
        Button {
            id: safeChoice
            objectName: "safeChoice"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "destructiveChoice"
            text: dialog.confirmText
            flat: true
            font.weight: Font.Bold
            Material.foreground: Theme.rejected
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
    onOpened: safeChoice.forceActiveFocus()
}
