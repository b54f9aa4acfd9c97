// The session ended (it lasts a working day, or was ended elsewhere): only the password is asked for.
// Everything on this computer stays, decisions made meanwhile included, and goes up once signed in.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Dialog {
    id: dialog
    required property AppController app
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 32 : 460)
    modal: true
    closePolicy: Popup.NoAutoClose
    title: qsTr("Sign in again")
    objectName: "signInAgainDialog"

    ColumnLayout {
        width: dialog.availableWidth
        spacing: 10
        Label {
            text: qsTr("Your session has ended. Enter the password of %1 to go on syncing; nothing on this computer is lost.").arg(dialog.app.username)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: password
            objectName: "passwordAgainField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            onAccepted: dialog.app.signIn(dialog.app.serverAddress, dialog.app.username, password.text)
        }
        Label {
            text: dialog.app.signInError
            visible: text.length > 0
            color: Theme.rejected
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Button {
                text: qsTr("Sign in")
                highlighted: true
                enabled: !dialog.app.signingIn
                onClicked: dialog.app.signIn(dialog.app.serverAddress, dialog.app.username, password.text)
            }
            BusyIndicator { running: dialog.app.signingIn; visible: running; implicitHeight: 40 }
        }
    }
    Connections {
        target: dialog.app
        function onSignInFinished(ok) { if (ok) password.clear() }
    }
}
