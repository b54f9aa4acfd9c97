// The code just issued, shown for the leader to take from the screen: the QR code (large enough to scan
// from a monitor), the code in large letters, whom it is for, until when it works, and what to do on the
// tablet. The QR code holds the sohoi:// ticket, which the tablet's code field reads with the address.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Card {
    id: card
    required property EnrolmentDesk desk
    objectName: "enrolmentCodeCard"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label { text: qsTr("Device enrolment code"); font.pixelSize: 18; font.weight: Font.Medium }
        QrCodeItem {
            objectName: "ticketQr"
            text: card.desk.ticket
            // 300 px (5 px a module) fits a 768 px high screen beside the text; taller screens get more.
            readonly property int side: Math.min(card.availableWidth, card.height >= 900 ? 400 : 300)
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            Layout.alignment: Qt.AlignHCenter
            Accessible.name: qsTr("QR code of the enrolment code")
        }
        Label {
            objectName: "codeLabel"
            text: card.desk.code
            font.pixelSize: 36
            font.bold: true
            font.letterSpacing: 6
            font.family: "monospace"
            color: Theme.primary
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "issuedFor"
            text: qsTr("For %1, %2").arg(card.desk.personName).arg(card.desk.unitName)
            font.weight: Font.Medium
            wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Label { objectName: "expiresText"; text: card.desk.expiresText; color: Theme.pending }
        Label {
            objectName: "tabletSteps"
            text: qsTr("On the tablet, open Sổ Hội and choose “Tablet: enrolment code”. Scan this QR code with the tablet's camera and paste the line it reads into the code field: the server address fills in by itself. Or type the server address %1 and the code.").arg(card.desk.serverAddress)
            font.pixelSize: 13
            wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        TextEdit {
            objectName: "ticketText"
            text: card.desk.ticket
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.muted
            font.pixelSize: 11
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        Button {
            objectName: "nextPersonButton"
            text: qsTr("Issue a code for someone else")
            Layout.preferredHeight: Theme.touch
            onClicked: card.desk.clearIssued()
        }
    }
}
