// Picks the people trained from the local register and the members (hội viên), in one list searchable
// without diacritics, or adds someone new to the register on the spot.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Dialog {
    id: dialog
    required property RecordEditor editor
    required property string fieldName
    property var selectedIds: []
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 32, 560)
    height: Math.min(parent.height - 32, 640)
    modal: true
    title: qsTr("Choose people")
    // Named here, not by Qt's standard buttons, which stay English in a Vietnamese app.
    footer: DialogButtonBox {
        Button { objectName: "peopleDone"; text: qsTr("Done"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }

    RecordListModel {
        id: people
        manager: dialog.editor.manager
        kind: "person"
        withMembers: true
        searchText: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        TextField {
            id: search
            Layout.fillWidth: true
            placeholderText: qsTr("Search by name (accents not needed)")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: people
            delegate: CheckDelegate {
                required property string recordId
                required property string title
                required property string subtitle
                width: ListView.view.width
                text: subtitle.length > 0 ? title + " — " + subtitle : title
                checked: dialog.selectedIds.indexOf(recordId) >= 0
                onToggled: dialog.editor.toggleId(dialog.fieldName, recordId)
            }
        }
        Button {
            objectName: "addPersonButton"
            text: qsTr("Add a new person")
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            onClicked: addPerson.open()
        }
    }

    AddPersonDialog {
        id: addPerson
        initialName: search.text
        roleOptions: dialog.editor.optionsOf("person", "role")
        onAccepted: {
            const error = dialog.editor.addPerson(dialog.fieldName, fullName, role)
            if (error.length > 0) { message = error; open() }
            else search.clear()
        }
    }
}
