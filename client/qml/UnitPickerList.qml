// A list of units to choose one from ([{id, name, communeName, level}], as EnrolmentDesk gives them):
// commune units in bold, their branches indented under them with the commune named, the chosen one marked.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ListView {
    id: list
    property string chosenId
    signal chosen(string id, string name)
    clip: true
    ScrollBar.vertical: ScrollBar {}

    delegate: ItemDelegate {
        id: row
        required property int index
        required property var modelData
        readonly property bool commune: modelData.level === "commune"
        objectName: "unitRow" + index
        width: ListView.view.width
        height: 44
        highlighted: modelData.id === list.chosenId
        leftPadding: commune ? 8 : 28
        onClicked: list.chosen(modelData.id, modelData.name)
        contentItem: RowLayout {
            spacing: 8
            Label {
                text: row.modelData.name
                font.weight: row.commune ? Font.Medium : Font.Normal
                elide: Text.ElideRight
                Layout.fillWidth: !row.commune
            }
            Label {
                visible: !row.commune
                text: row.modelData.communeName
                color: Theme.muted; font.pixelSize: 12
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No unit matches")
        color: Theme.muted
    }
}
