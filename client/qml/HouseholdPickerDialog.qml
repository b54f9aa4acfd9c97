// Chooses the household a visit is about: searchable by name or hamlet (accents not needed); with no
// households yet it says so and offers to add one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Dialog {
    id: dialog
    required property RecordEditor editor
    required property string fieldName
    property var shell: null
    objectName: "householdPicker"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 32, 560)
    height: Math.min(parent.height - 32, 640)
    modal: true
    title: qsTr("Choose a household")
    footer: DialogButtonBox {
        Button { text: qsTr("Close"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }

    RecordListModel {
        id: households
        manager: dialog.editor.manager
        kind: "household"
        searchText: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        TextField {
            id: search
            objectName: "householdSearch"
            visible: households.totalCount > 0
            Layout.fillWidth: true
            placeholderText: qsTr("Search by name or hamlet (accents not needed)")
        }
        Label {
            objectName: "noHouseholds"
            visible: households.totalCount === 0
            text: qsTr("No households yet. A visit is always to a household of the branch: add the household first, then come back to this visit (what you typed is kept).")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: households
            delegate: ItemDelegate {
                required property string recordId
                required property string title
                required property string subtitle
                required property int index
                objectName: "household_" + index
                width: ListView.view.width
                text: subtitle.length > 0 ? title + " — " + subtitle : title
                onClicked: {
                    dialog.editor.setId(dialog.fieldName, recordId)
                    dialog.close()
                }
            }
        }
        Button {
            objectName: "addHousehold"
            text: qsTr("Add a household")
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            onClicked: {
                dialog.close()
                if (dialog.shell) dialog.shell.openEditor("household", "")
            }
        }
    }
}
