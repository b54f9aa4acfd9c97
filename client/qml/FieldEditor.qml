// One field of a form, with the control its type needs (text, number, date, tick box, choice, a record to
// pick, people to pick) and the validation message right under it.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

ColumnLayout {
    id: field
    required property RecordEditor editor
    property var shell: null
    required property string name
    required property string label
    required property string type
    required property bool mandatory
    required property string text
    required property bool checked
    required property int choice
    required property var options
    required property string message
    required property string group
    required property bool shown
    required property var selectedIds
    required property var selectedLabels
    objectName: "field_" + name
    visible: shown
    spacing: 2

    // The 8 criteria of "Gia đình 5 không, 3 sạch" get a heading and a running count. Positioners, not
    // layouts, inside: a layout row with wrapped words was sized before they wrapped and overlapped.
    Column {
        visible: field.name === "no_poverty"
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        spacing: 6
        Label {
            width: parent.width
            text: qsTr("The 8 criteria of “5 no’s, 3 cleans” families")
            font.pixelSize: Theme.heading; font.weight: Font.Medium; color: Theme.primary
            wrapMode: Text.Wrap
        }
        StatusChip {
            objectName: "criteriaCount"
            text: field.editor.criteriaUnanswered > 0
                  ? qsTr("%1/8 criteria met · %2 not answered").arg(field.editor.criteriaMet).arg(field.editor.criteriaUnanswered)
                  : field.editor.criteriaMet === 8 ? qsTr("meets all 8 criteria")
                                                   : qsTr("%1/8 criteria").arg(field.editor.criteriaMet)
            tint: field.editor.criteriaMet === 8 ? Theme.sent : field.editor.criteriaUnanswered > 0 ? Theme.pending : Theme.muted
        }
    }

    Label {
        visible: field.type !== "boolean"
        text: field.label + (field.mandatory ? " *" : "")
        color: field.message.length > 0 ? Theme.rejected : Theme.text
        font.pixelSize: Theme.small
        font.weight: field.type === "criterion" ? Font.Medium : Font.Normal
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: 8
    }

    // A criterion: Đạt or Chưa đạt, chosen on purpose; neither is chosen until the leader answers.
    Flow {
        objectName: visible ? "input_" + field.name : ""
        visible: field.type === "criterion"
        Layout.fillWidth: true
        spacing: 8
        Button {
            objectName: "met_" + field.name
            text: qsTr("✓ Met")
            highlighted: field.choice === 1
            Material.accent: Theme.sent
            height: Theme.touch + 4
            onClicked: field.editor.setChecked(field.name, true)
        }
        Button {
            objectName: "notMet_" + field.name
            text: qsTr("✗ Not yet met")
            highlighted: field.choice === 2
            Material.accent: Theme.pending
            height: Theme.touch + 4
            onClicked: field.editor.setChecked(field.name, false)
        }
        Label {
            visible: field.choice === 0
            height: Theme.touch + 4
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Not answered")
            color: Theme.muted
            font.pixelSize: Theme.small
        }
    }

    TextArea {
        objectName: visible ? "input_" + field.name : ""
        visible: field.type === "longtext"
        Layout.fillWidth: true
        Layout.minimumHeight: 3 * font.pixelSize * 1.6
        text: field.text
        wrapMode: TextEdit.Wrap
        onTextChanged: if (activeFocus) field.editor.setText(field.name, text)  // typed, not the model read back
        Material.accent: field.message.length > 0 ? Theme.rejected : Theme.primary
    }

    // Only the control in use carries the field's object name (tests and accessibility find it).
    RowLayout {
        visible: field.type === "text" || field.type === "integer" || field.type === "date"
        Layout.fillWidth: true
        TextField {
            objectName: parent.visible ? "input_" + field.name : ""
            Layout.fillWidth: true
            text: field.text
            placeholderText: field.type === "date" ? qsTr("dd/mm/yyyy") : ""
            inputMethodHints: field.type === "integer" ? Qt.ImhDigitsOnly
                            : field.type === "date" ? Qt.ImhPreferNumbers : Qt.ImhNone
            onTextEdited: field.editor.setText(field.name, text)
            Material.accent: field.message.length > 0 ? Theme.rejected : Theme.primary
        }
        Button {
            objectName: field.type === "date" ? "calendar_" + field.name : ""
            visible: field.type === "date"
            text: qsTr("Calendar")
            flat: true
            implicitHeight: Theme.touch
            onClicked: calendar.item.open()
        }
    }
    Loader {
        id: calendar
        active: field.type === "date"
        sourceComponent: DatePickerDialog { editor: field.editor; fieldName: field.name }
    }

    CheckBox {
        objectName: visible ? "input_" + field.name : ""
        visible: field.type === "boolean"
        text: field.label
        checked: field.checked
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        onToggled: field.editor.setChecked(field.name, checked)
        contentItem: Label {
            leftPadding: parent.indicator.width + parent.spacing
            text: parent.text; wrapMode: Text.Wrap; verticalAlignment: Text.AlignVCenter
        }
    }

    // A visit's household: chosen in a searchable list that can also add one (HouseholdPickerDialog).
    Button {
        objectName: visible ? "input_" + field.name : ""
        visible: field.name === "household_id"
        Layout.fillWidth: true
        implicitHeight: Theme.touch + 8
        text: field.selectedLabels.length > 0 ? field.selectedLabels[0].label : qsTr("Choose a household…")
        onClicked: householdPicker.item.open()
    }
    Loader {
        id: householdPicker
        active: field.name === "household_id"
        sourceComponent: HouseholdPickerDialog { editor: field.editor; fieldName: field.name; shell: field.shell }
    }

    ComboBox {
        objectName: visible ? "input_" + field.name : ""
        visible: field.type === "choice" || (field.type === "id" && field.name !== "household_id")
        Layout.fillWidth: true
        implicitHeight: Theme.touch + 8
        model: field.options
        textRole: "label"
        valueRole: "value"
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        // `count` makes the binding run again once the options are in (indexOfValue alone is not watched).
        currentIndex: count < 0 ? -1 : field.type === "choice" ? indexOfValue(field.choice) : indexOfValue(field.text)
        onActivated: field.type === "choice" ? field.editor.setChoice(field.name, currentValue)
                                             : field.editor.setId(field.name, currentValue)
    }

    // People: the chosen ones as chips, and a button to pick from the register or add someone new.
    Flow {
        visible: field.type === "idlist" && field.name !== "employed_ids"
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: field.selectedLabels
            delegate: StatusChip {
                required property var modelData
                text: modelData.label
                tint: Theme.primary
            }
        }
        Button {
            objectName: "pickPeople_" + field.name
            text: qsTr("Choose people…")
            implicitHeight: Theme.touch
            onClicked: picker.item.open()
        }
    }
    // Who found work: a tick box for each person trained.
    Repeater {
        model: field.type === "idlist" && field.name === "employed_ids" ? field.options : []
        delegate: CheckBox {
            required property var modelData
            text: modelData.label
            checked: field.selectedIds.indexOf(modelData.id) >= 0
            onToggled: field.editor.toggleId(field.name, modelData.id)
        }
    }

    Label {
        objectName: "message_" + field.name
        visible: field.message.length > 0
        text: field.message
        color: Theme.rejected
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Loader {
        id: picker
        active: field.type === "idlist" && field.name !== "employed_ids"
        sourceComponent: PeoplePickerDialog {
            editor: field.editor
            fieldName: field.name
            selectedIds: field.selectedIds
        }
    }
}
