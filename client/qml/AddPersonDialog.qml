// Adds a person to the local register: a name and a role (chi hội trưởng, cán bộ chuyên trách, …).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    property string initialName
    property alias fullName: nameField.text
    property var roleOptions: []
    // No role is chosen for the leader: a trainee is rarely a branch leader, and a guess would stay wrong.
    property int role: roleBox.currentIndex < 0 ? 0 : roleBox.currentValue
    property string message
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 32, 480)
    modal: true
    title: qsTr("Add a new person")
    // Named here, not by Qt's standard buttons, which stay English in a Vietnamese app.
    footer: DialogButtonBox {
        Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
        Button { objectName: "savePerson"; text: qsTr("Save"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole }
    }
    onAboutToShow: if (message.length === 0) { nameField.text = initialName; roleBox.currentIndex = -1 }

    ColumnLayout {
        anchors.fill: parent
        Label { text: qsTr("Full name") + " *"; font.pixelSize: Theme.small }
        TextField { id: nameField; objectName: "personName"; Layout.fillWidth: true; onTextEdited: dialog.message = "" }
        Label { text: qsTr("Role") + " *"; font.pixelSize: Theme.small }
        ComboBox {
            id: roleBox
            objectName: "personRole"
            Layout.fillWidth: true
            currentIndex: -1
            displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
            model: dialog.roleOptions
            textRole: "label"
            valueRole: "value"
        }
        Label { text: dialog.message; visible: text.length > 0; color: Theme.rejected; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
