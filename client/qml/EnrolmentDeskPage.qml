// Cấp mã và thiết bị (enrolment and devices), for district and province staff: on the left, issue a
// one-time code for a person at a commune unit or branch of their subtree (shown as text and as a QR code
// that also carries the server's address); on the right, the devices working there, with revoking a lost
// tablet. The desk and the device list come wired from the workspace; on its own the page makes
// unconnected ones.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "devices"
    objectName: "enrolmentDeskPage"
    property EnrolmentDesk desk: EnrolmentDesk { manager: page.app.manager }
    property DeviceListModel devices: DeviceListModel {}
    property string chosenUnitId: ""
    property string chosenUnitName: ""

    Component.onCompleted: page.devices.refresh()

    header: PageHeader {
        title: qsTr("Enrolment and devices")
        shell: page.shell
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        // The form, or once a code is issued the code itself, so the QR code has room to be scanned.
        StackLayout {
            Layout.preferredWidth: Math.max(520, page.width * 0.32)
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            currentIndex: page.desk.code.length > 0 ? 1 : 0

            Card {
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    Label { text: qsTr("Issue an enrolment code"); font.pixelSize: 18; font.weight: Font.Medium }
                    Label {
                        text: qsTr("For a branch leader (a branch) or a commune officer (a commune unit). The code works once.")
                        color: Theme.muted; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    TextField {
                        objectName: "unitSearchField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Find a branch or commune (diacritics optional)")
                        onTextChanged: page.desk.search = text
                    }
                    UnitPickerList {
                        objectName: "unitList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: 120
                        model: page.desk.matchingBranches
                        chosenId: page.chosenUnitId
                        onChosen: (id, name) => { page.chosenUnitId = id; page.chosenUnitName = name }
                    }
                    Label {
                        objectName: "chosenUnit"
                        text: page.chosenUnitId.length > 0 ? qsTr("At: %1").arg(page.chosenUnitName)
                                                           : qsTr("Choose a unit in the list")
                        color: page.chosenUnitId.length > 0 ? palette.text : Theme.muted
                        elide: Text.ElideRight; Layout.fillWidth: true
                    }
                    TextField {
                        id: personName
                        objectName: "personNameField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Full name of the person, e.g. Nguyễn Thị Hạnh")
                        maximumLength: page.desk.maxPersonNameLength
                        onAccepted: page.desk.issueCode(page.chosenUnitId, text)
                        Connections {
                            target: page.desk
                            // The next person's name starts empty; the unit stays chosen for a colleague.
                            function onIssuedChanged() { if (page.desk.code.length > 0) personName.clear() }
                        }
                    }
                    RowLayout {
                        Button {
                            objectName: "issueButton"
                            text: qsTr("Issue code")
                            highlighted: true
                            enabled: !page.desk.issuing
                            Layout.preferredHeight: Theme.touch
                            onClicked: page.desk.issueCode(page.chosenUnitId, personName.text)
                        }
                        BusyIndicator { running: page.desk.issuing; visible: running; implicitHeight: 40; implicitWidth: 40 }
                    }
                    Label {
                        objectName: "deskError"
                        visible: text.length > 0
                        text: page.desk.error
                        color: Theme.rejected
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            EnrolmentCodeCard { desk: page.desk }
        }

        DeviceListCard {
            Layout.fillWidth: true
            // Its columns follow its width: a width from its contents would go round in circles.
            Layout.preferredWidth: 400
            Layout.fillHeight: true
            devices: page.devices
            desk: page.desk
        }
    }
}
