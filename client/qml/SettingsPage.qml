// Cài đặt: language (switches at once), text size (every page at once), the server address, this device
// and app version, sign out (refused, with the reason, while records are unsent).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "settings"
    objectName: "settingsPage"

    header: PageHeader { title: qsTr("Settings"); shell: page.shell }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.gap
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, 720)
            spacing: Theme.gap
            Item { implicitHeight: 1 }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    Label { text: qsTr("Language"); font.pixelSize: Theme.heading; font.weight: Font.Medium }
                    RadioButton {
                        objectName: "languageVi"
                        text: "Tiếng Việt"
                        checked: page.app.language === "vi"
                        onClicked: page.app.setLanguage("vi")
                    }
                    RadioButton {
                        objectName: "languageEn"
                        text: "English"
                        checked: page.app.language === "en"
                        onClicked: page.app.setLanguage("en")
                    }
                }
            }
            Card {
                objectName: "textSizeCard"
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    Label { text: qsTr("Text size"); font.pixelSize: Theme.heading; font.weight: Font.Medium }
                    Repeater {
                        model: [{ name: "textSizeNormal", scale: 1, label: qsTr("Normal") },
                                { name: "textSizeLarge", scale: 1.15, label: qsTr("Large") },
                                { name: "textSizeLarger", scale: 1.3, label: qsTr("Larger") }]
                        delegate: RadioButton {
                            required property var modelData
                            objectName: modelData.name
                            text: modelData.label
                            font.pixelSize: Math.round(17 * modelData.scale)
                            checked: Math.abs(page.app.textScale - modelData.scale) < 0.01
                            onClicked: page.app.textScale = modelData.scale
                        }
                    }
                }
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    Label { text: qsTr("Server"); font.pixelSize: Theme.heading; font.weight: Font.Medium }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: address
                            objectName: "serverAddress"
                            text: page.app.serverAddress
                            Layout.fillWidth: true
                            inputMethodHints: Qt.ImhUrlCharactersOnly
                        }
                        Button {
                            text: qsTr("Save")
                            enabled: address.text !== page.app.serverAddress
                            onClicked: addressMessage.text = page.app.setServerAddress(address.text)
                        }
                    }
                    Label { id: addressMessage; visible: text.length > 0; color: Theme.rejected; wrapMode: Text.Wrap; Layout.fillWidth: true }
                }
            }
            Card {
                Layout.fillWidth: true
                GridLayout {
                    width: parent.width
                    columns: 2
                    columnSpacing: Theme.gap
                    Label { text: qsTr("Signed in as"); color: Theme.muted }
                    Label { text: page.app.personName; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: qsTr("Unit"); color: Theme.muted }
                    Label { text: page.app.unitName; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: qsTr("Device"); color: Theme.muted }
                    Label { objectName: "deviceId"; text: page.app.deviceId; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true; font.pixelSize: Theme.small }
                    Label { text: qsTr("App version"); color: Theme.muted }
                    Label { objectName: "appVersion"; text: page.app.appVersion }
                }
            }
            PhotoSettingsCard { manager: page.app.manager; Layout.fillWidth: true }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    Label {
                        text: qsTr("Signing out deletes this tablet's copy of the data. It is allowed only when every record has reached the server.")
                        wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.muted
                    }
                    Button {
                        objectName: "signOutButton"
                        text: qsTr("Sign out")
                        Material.foreground: Theme.rejected
                        Layout.preferredHeight: Theme.touch + 8
                        onClicked: confirmSignOut.open()
                    }
                    Label {
                        objectName: "signOutMessage"
                        text: page.app.signOutMessage
                        visible: text.length > 0
                        color: Theme.rejected
                        wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }

    ConfirmDialog {
        id: confirmSignOut
        objectName: "confirmSignOut"
        title: qsTr("Sign out of this tablet?")
        confirmText: qsTr("Sign out")
        onAccepted: page.app.signOut()
    }
}
