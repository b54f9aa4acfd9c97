<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a new person</source>
        <translation>Thêm người mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>BranchFigureRow</name>
    <message>
        <source>Behind</source>
        <translation>Chậm tiến độ</translation>
    </message>
</context>
<context>
    <name>BranchProgressPage</name>
    <message>
        <source>Branches&apos; progress</source>
        <translation>Tiến độ các chi hội</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>No branches below this unit.</source>
        <translation>Đơn vị không có chi hội trực thuộc.</translation>
    </message>
    <message>
        <source>No branch is behind.</source>
        <translation>Không có chi hội nào chậm tiến độ.</translation>
    </message>
    <message>
        <source>Branches behind: %1</source>
        <translation>Số chi hội chậm tiến độ: %1</translation>
    </message>
    <message>
        <source>Tap a target to see each branch&apos;s figure and the branches behind.</source>
        <translation>Chạm vào một chỉ tiêu để xem số liệu của từng chi hội và các chi hội chậm tiến độ.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve the conflict</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <source>Two edits changed the same fields from the same version. Choose the value to keep for each field; the result is saved as a new version that every device receives. Both edits stay in the history.</source>
        <translation>Hai lần sửa cùng thay đổi một số trường từ cùng một phiên bản. Hãy chọn giá trị giữ lại cho từng trường; kết quả được lưu thành phiên bản mới và gửi tới mọi thiết bị. Cả hai lần sửa vẫn được giữ trong lịch sử.</translation>
    </message>
    <message>
        <source>This record is no longer in conflict.</source>
        <translation>Hồ sơ này không còn xung đột.</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Phiên bản hiện tại</translation>
    </message>
    <message>
        <source>Choose all left</source>
        <translation>Chọn tất cả bên trái</translation>
    </message>
    <message>
        <source>Other edit</source>
        <translation>Bản sửa khác</translation>
    </message>
    <message>
        <source>Choose all right</source>
        <translation>Chọn tất cả bên phải</translation>
    </message>
    <message>
        <source>The same in both versions</source>
        <translation>Giống nhau ở cả hai phiên bản</translation>
    </message>
    <message>
        <source>Only someone who may edit this record can resolve its conflict.</source>
        <translation>Chỉ người được sửa hồ sơ này mới giải quyết được xung đột.</translation>
    </message>
    <message>
        <source>Save the merged version</source>
        <translation>Lưu bản hợp nhất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>ConflictFieldRow</name>
    <message>
        <source>Another value:</source>
        <translation>Giá trị khác:</translation>
    </message>
    <message>
        <source>Type the merged value</source>
        <translation>Nhập giá trị hợp nhất</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Target progress</source>
        <translation>Tiến độ chỉ tiêu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>No network connection: showing the figures from %1.</source>
        <translation>Không có kết nối mạng: đang hiện số liệu lúc %1.</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Approved records only</source>
        <translation>Chỉ tính hồ sơ đã duyệt</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <source>Units behind</source>
        <translation>Đơn vị chưa đạt</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>DeviceListCard</name>
    <message>
        <source>Devices · %1</source>
        <translation>Thiết bị · %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Person and device</source>
        <translation>Người và thiết bị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>No devices enrolled yet</source>
        <translation>Chưa có thiết bị nào được đăng ký</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>Enter the device enrolment code.</source>
        <translation>Hãy nhập mã đăng ký thiết bị.</translation>
    </message>
    <message>
        <source>This is not an enrolment code: check it against the paper or scan the QR code again.</source>
        <translation>Đây không phải mã đăng ký: hãy đối chiếu với giấy hoặc quét lại mã QR.</translation>
    </message>
    <message>
        <source>The server address must look like host:port, for example 10.0.0.5:50051.</source>
        <translation>Địa chỉ máy chủ phải có dạng máy:cổng, ví dụ 10.0.0.5:50051.</translation>
    </message>
    <message>
        <source>No network connection: the server could not be reached. Check the address and try again.</source>
        <translation>Không có kết nối mạng: không liên lạc được với máy chủ. Hãy kiểm tra địa chỉ và thử lại.</translation>
    </message>
    <message>
        <source>This code is wrong or was already used. Call the district union for a new code.</source>
        <translation>Mã này không đúng hoặc đã được dùng. Hãy gọi Hội huyện xin mã mới.</translation>
    </message>
    <message>
        <source>This code has expired. Call the district union for a new code.</source>
        <translation>Mã này đã hết hạn. Hãy gọi Hội huyện xin mã mới.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeCard</name>
    <message>
        <source>Device enrolment code</source>
        <translation>Mã đăng ký thiết bị</translation>
    </message>
    <message>
        <source>QR code of the enrolment code</source>
        <translation>Mã QR của mã đăng ký</translation>
    </message>
    <message>
        <source>For %1, %2</source>
        <translation>Cho %1, %2</translation>
    </message>
    <message>
        <source>On the tablet, open Sổ Hội and choose “Tablet: enrolment code”. Scan this QR code with the tablet&apos;s camera and paste the line it reads into the code field: the server address fills in by itself. Or type the server address %1 and the code.</source>
        <translation>Trên máy tính bảng, mở Sổ Hội và chọn “Máy tính bảng”. Quét mã QR này bằng camera của máy rồi dán dòng đọc được vào ô mã: địa chỉ máy chủ tự điền. Hoặc nhập địa chỉ máy chủ %1 và mã.</translation>
    </message>
    <message>
        <source>Issue a code for someone else</source>
        <translation>Cấp mã cho người khác</translation>
    </message>
</context>
<context>
    <name>EnrolmentDeskPage</name>
    <message>
        <source>Enrolment and devices</source>
        <translation>Đăng ký và thiết bị</translation>
    </message>
    <message>
        <source>Issue an enrolment code</source>
        <translation>Cấp mã đăng ký</translation>
    </message>
    <message>
        <source>For a branch leader (a branch) or a commune officer (a commune unit). The code works once.</source>
        <translation>Cho chi hội trưởng (chọn chi hội) hoặc cán bộ cơ sở (chọn cơ sở Hội). Mã chỉ dùng được một lần.</translation>
    </message>
    <message>
        <source>Find a branch or commune (diacritics optional)</source>
        <translation>Tìm chi hội hoặc cơ sở Hội (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Tại: %1</translation>
    </message>
    <message>
        <source>Choose a unit in the list</source>
        <translation>Chọn một đơn vị trong danh sách</translation>
    </message>
    <message>
        <source>Full name of the person, e.g. Nguyễn Thị Hạnh</source>
        <translation>Họ tên người được cấp, VD: Nguyễn Thị Hạnh</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Cấp mã</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <source>Tablet: enrolment code</source>
        <translation>Máy tính bảng</translation>
    </message>
    <message>
        <source>Staff: account</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Enter the device enrolment code the district gave you. After this the tablet works without a network.</source>
        <translation>Nhập mã đăng ký thiết bị do Hội huyện cấp. Sau bước này máy tính bảng làm việc được cả khi không có mạng.</translation>
    </message>
    <message>
        <source>District and province staff: sign in with the account the province gave you. The records of your unit are kept on this computer, so review also works offline.</source>
        <translation>Cán bộ Hội huyện, Hội tỉnh: đăng nhập bằng tài khoản do tỉnh cấp. Hồ sơ của đơn vị được giữ trên máy tính này nên duyệt được cả khi không có mạng.</translation>
    </message>
    <message>
        <source>Type the code from the paper, or paste the whole line that starts with sohoi:// (it also tells the tablet which server to use).</source>
        <translation>Gõ mã ghi trên giấy, hoặc dán cả dòng bắt đầu bằng sohoi:// (dòng này cũng cho máy biết máy chủ nào).</translation>
    </message>
    <message>
        <source>Code or sohoi:// line</source>
        <translation>Mã hoặc dòng sohoi://</translation>
    </message>
    <message>
        <source>Advanced: server address</source>
        <translation>Nâng cao: địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Device enrolment code</source>
        <translation>Mã đăng ký thiết bị</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>Đăng ký thiết bị</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>The 8 criteria of “5 no’s, 3 cleans” families</source>
        <translation>8 tiêu chí “Gia đình 5 không, 3 sạch”</translation>
    </message>
    <message>
        <source>meets all 8 criteria</source>
        <translation>đạt 8 tiêu chí</translation>
    </message>
    <message>
        <source>%1/8 criteria</source>
        <translation>%1/8 tiêu chí</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose people…</source>
        <translation>Chọn người…</translation>
    </message>
    <message>
        <source>%1/8 criteria met · %2 not answered</source>
        <translation>Đạt %1/8 tiêu chí · %2 chưa trả lời</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Đạt</translation>
    </message>
    <message>
        <source>✗ Not yet met</source>
        <translation>✗ Chưa đạt</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Choose a household…</source>
        <translation>Chọn hộ gia đình…</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message numerus="yes">
        <source>%n record(s) returned by the district – fix now</source>
        <translation>
            <numerusform>%n hồ sơ bị Hội huyện trả lại – Sửa ngay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not saved yet</source>
        <translation>
            <numerusform>%n bản nháp chưa lưu</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Sửa lần cuối %1</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseCard</name>
    <message>
        <source>Visits</source>
        <translation>Các lần thăm</translation>
    </message>
    <message>
        <source>Visit this household</source>
        <translation>Thăm hộ này</translation>
    </message>
    <message>
        <source>Not visited yet.</source>
        <translation>Chưa thăm lần nào.</translation>
    </message>
    <message>
        <source>%1/8 criteria</source>
        <translation>%1/8 tiêu chí</translation>
    </message>
    <message>
        <source>Not yet met: %1</source>
        <translation>Chưa đạt: %1</translation>
    </message>
    <message>
        <source>Record the start-of-year status</source>
        <translation>Ghi tình trạng đầu năm</translation>
    </message>
    <message>
        <source>Start-of-year status</source>
        <translation>Tình trạng đầu năm</translation>
    </message>
</context>
<context>
    <name>HouseholdCases</name>
    <message>
        <source>Not visited yet</source>
        <translation>Chưa thăm lần nào</translation>
    </message>
    <message>
        <source>Last visited %1</source>
        <translation>Thăm lần cuối %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerDialog</name>
    <message>
        <source>Choose a household</source>
        <translation>Chọn hộ gia đình</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Search by name or hamlet (accents not needed)</source>
        <translation>Tìm theo tên hoặc xóm (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>No households yet. A visit is always to a household of the branch: add the household first, then come back to this visit (what you typed is kept).</source>
        <translation>Chưa có hộ gia đình nào. Mỗi lần thăm là thăm một hộ của chi hội: hãy thêm hộ trước, rồi quay lại lần thăm này (những gì đã nhập vẫn được giữ).</translation>
    </message>
    <message>
        <source>Add a household</source>
        <translation>Thêm hộ gia đình</translation>
    </message>
</context>
<context>
    <name>HouseholdWorklistCard</name>
    <message>
        <source>Households to visit</source>
        <translation>Hộ cần thăm</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) not visited for %1 months</source>
        <translation>
            <numerusform>%n hộ chưa được thăm trong %1 tháng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) one criterion short of 8/8</source>
        <translation>
            <numerusform>%n hộ chỉ còn thiếu một tiêu chí để đạt 8/8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Returned by review</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Ý kiến: %1</translation>
    </message>
    <message>
        <source>Nothing returned. Records the district returns with a comment appear here.</source>
        <translation>Không có hồ sơ bị trả lại. Hồ sơ Hội huyện trả lại kèm ý kiến sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Household visit</source>
        <translation>Thăm hộ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Điển hình</translation>
    </message>
    <message>
        <source>Media post</source>
        <translation>Tin/bài</translation>
    </message>
    <message>
        <source>Economic support</source>
        <translation>Hỗ trợ kinh tế</translation>
    </message>
    <message>
        <source>Fund report</source>
        <translation>Báo cáo quỹ</translation>
    </message>
    <message>
        <source>Unit rating</source>
        <translation>Xếp loại cuối năm</translation>
    </message>
    <message>
        <source>Programme contribution</source>
        <translation>Ủng hộ chương trình</translation>
    </message>
    <message>
        <source>Plan event</source>
        <translation>Sự kiện kế hoạch</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Quyết định duyệt</translation>
    </message>
    <message>
        <source>Exemplars</source>
        <translation>Điển hình</translation>
    </message>
    <message>
        <source>Media posts</source>
        <translation>Tin/bài</translation>
    </message>
    <message>
        <source>Fund reports</source>
        <translation>Báo cáo quỹ</translation>
    </message>
    <message>
        <source>Unit ratings</source>
        <translation>Xếp loại cuối năm</translation>
    </message>
    <message>
        <source>Programme contributions</source>
        <translation>Ủng hộ chương trình</translation>
    </message>
    <message>
        <source>Plan events</source>
        <translation>Sự kiện kế hoạch</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>Quyết định duyệt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>Thăm hộ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Danh sách người</translation>
    </message>
    <message>
        <source>A unit&apos;s rating is decided by the level above it, not by the unit itself: here you see the result.</source>
        <translation>Xếp loại của đơn vị do cấp trên quyết định, đơn vị không tự xếp loại: ở đây bạn xem kết quả.</translation>
    </message>
    <message>
        <source>Your role does not add this kind of record: you can read them here.</source>
        <translation>Vai trò của bạn không thêm loại hồ sơ này: bạn có thể xem chúng ở đây.</translation>
    </message>
    <message>
        <source>Each branch keeps its own households, visits and members: they are added on the branch leader&apos;s tablet. Here you see those of the branches under your unit.</source>
        <translation>Mỗi chi hội tự ghi hộ gia đình, thăm hộ và hội viên của mình trên máy tính bảng của chi hội trưởng. Ở đây hiển thị hồ sơ của các chi hội trực thuộc.</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Committee change</source>
        <translation>Thay đổi Ban Chấp hành</translation>
    </message>
    <message>
        <source>Congresses</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Committee changes</source>
        <translation>Thay đổi Ban Chấp hành</translation>
    </message>
    <message>
        <source>A fund report, a year-end rating, a congress or a committee change belongs to a commune unit or above, not to a branch.</source>
        <translation>Báo cáo quỹ, xếp loại cuối năm, đại hội và thay đổi Ban Chấp hành thuộc cơ sở Hội trở lên, không thuộc chi hội.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Returned by review</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NavigationMenu</name>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Danh mục</translation>
    </message>
</context>
<context>
    <name>PeoplePickerDialog</name>
    <message>
        <source>Choose people</source>
        <translation>Chọn người</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Search by name (accents not needed)</source>
        <translation>Tìm theo tên (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Thêm người mới</translation>
    </message>
</context>
<context>
    <name>PhotoCameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Chụp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>PhotoSettingsCard</name>
    <message>
        <source>Send photos only over Wi-Fi</source>
        <translation>Chỉ gửi ảnh khi có Wi-Fi</translation>
    </message>
    <message>
        <source>Records are always sent at once; photos then wait for Wi-Fi to spare mobile data.</source>
        <translation>Hồ sơ luôn được gửi ngay; ảnh chờ đến khi có Wi-Fi để đỡ tốn dữ liệu di động.</translation>
    </message>
</context>
<context>
    <name>PhotoShelf</name>
    <message>
        <source>N</source>
        <translation>B</translation>
    </message>
    <message>
        <source>S</source>
        <translation>N</translation>
    </message>
    <message>
        <source>E</source>
        <translation>Đ</translation>
    </message>
    <message>
        <source>W</source>
        <translation>T</translation>
    </message>
    <message>
        <source> (±%1 m)</source>
        <translation> (±%1 m)</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Evidence photos</source>
        <translation>Ảnh minh chứng</translation>
    </message>
    <message>
        <source>Photo not on this device yet</source>
        <translation>Ảnh chưa về máy này</translation>
    </message>
    <message>
        <source>Remove this photo</source>
        <translation>Bỏ ảnh này</translation>
    </message>
    <message>
        <source>No photos yet: add the attendance sheet or a photo of the meeting.</source>
        <translation>Chưa có ảnh: thêm ảnh danh sách dự họp hoặc ảnh buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Không có ảnh.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Nơi ghi: %1</translation>
    </message>
    <message>
        <source>Place: not recorded</source>
        <translation>Nơi ghi: không có</translation>
    </message>
    <message>
        <source>Place: looking for it…</source>
        <translation>Nơi ghi: đang tìm vị trí…</translation>
    </message>
    <message>
        <source>Place: the device did not find it</source>
        <translation>Nơi ghi: máy chưa xác định được vị trí</translation>
    </message>
    <message>
        <source>Place: this device does not report one</source>
        <translation>Nơi ghi: máy này không báo vị trí</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Target progress appears here once a sync brings this year&apos;s plan to the tablet.</source>
        <translation>Tiến độ chỉ tiêu sẽ hiện ở đây khi đồng bộ tải kế hoạch năm nay về máy.</translation>
    </message>
    <message>
        <source>Plan %1: no figures for this unit yet.</source>
        <translation>Kế hoạch năm %1: đơn vị chưa có số liệu.</translation>
    </message>
    <message>
        <source>Plan %1, computed on this tablet from the records it holds.</source>
        <translation>Kế hoạch năm %1, tính ngay trên máy từ các hồ sơ máy đang giữ.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>This unit&apos;s share: %1</source>
        <translation>Phần của đơn vị: %1</translation>
    </message>
</context>
<context>
    <name>ProgressCard</name>
    <message>
        <source>Target progress</source>
        <translation>Tiến độ chỉ tiêu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not yet met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Branches&apos; progress, by year or quarter</source>
        <translation>Tiến độ các chi hội, theo năm hoặc quý</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>meets all 8 criteria</source>
        <translation>đạt 8 tiêu chí</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Pending: waiting to be sent</source>
        <translation>Chờ gửi: chưa gửi lên máy chủ</translation>
    </message>
    <message>
        <source>Sent: the server has it</source>
        <translation>Đã gửi: máy chủ đã nhận</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Trả lại: %1</translation>
    </message>
    <message>
        <source>Returned, fixed: the new version awaits review</source>
        <translation>Đã sửa sau khi bị trả lại: phiên bản mới chờ duyệt</translation>
    </message>
    <message>
        <source>Received, not yet reviewed</source>
        <translation>Đã nhận, chưa duyệt</translation>
    </message>
    <message>
        <source>Not yet received by the district</source>
        <translation>Hội huyện chưa nhận được</translation>
    </message>
    <message>
        <source>a device of %1</source>
        <translation>thiết bị của %1</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Đạt</translation>
    </message>
    <message>
        <source>✗ Not yet met</source>
        <translation>✗ Chưa đạt</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
</context>
<context>
    <name>RecordDetailPage</name>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>chưa thăm</translation>
    </message>
    <message>
        <source>%1/8 criteria at the latest visit</source>
        <translation>%1/8 tiêu chí ở lần thăm gần nhất</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Xoá hồ sơ này?</translation>
    </message>
    <message>
        <source>The deletion is sent to the server at the next sync; earlier versions are kept.</source>
        <translation>Việc xoá được gửi lên máy chủ ở lần đồng bộ sau; các phiên bản trước vẫn được giữ.</translation>
    </message>
    <message>
        <source>%1/8 criteria</source>
        <translation>%1/8 tiêu chí</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Các lần tạo và sửa</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Xoá hồ sơ này</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New: %1</source>
        <translation>Thêm: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Sửa: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>(không rõ người)</translation>
    </message>
    <message>
        <source>Choose Met or Not yet met</source>
        <translation>Chọn Đạt hoặc Chưa đạt</translation>
    </message>
    <message>
        <source>As assessed before 01/01/%1: the 8 criteria and the poverty status from the branch&apos;s register. Skip it if you do not know them; the household then does not count as newly meeting the criteria.</source>
        <translation>Theo đánh giá trước ngày 01/01/%1: 8 tiêu chí và tình trạng hộ nghèo theo sổ theo dõi của chi hội. Nếu chưa rõ, bấm «Bỏ qua»; khi đó hộ không được tính là mới đạt tiêu chí.</translation>
    </message>
    <message>
        <source>Start-of-year status</source>
        <translation>Tình trạng đầu năm</translation>
    </message>
</context>
<context>
    <name>RecordEditorPage</name>
    <message>
        <source>Discard this draft?</source>
        <translation>Huỷ bản nháp này?</translation>
    </message>
    <message>
        <source>What you typed in this form will be deleted from the tablet. This cannot be undone.</source>
        <translation>Nội dung đã nhập trong biểu mẫu này sẽ bị xoá khỏi máy tính bảng và không thể khôi phục.</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>Giữ bản nháp</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Huỷ bản nháp</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Bản nháp chưa lưu</translation>
    </message>
    <message numerus="yes">
        <source>You started %n record(s) of this kind without saving. Continue one, or start a new one: drafts are kept until you save or discard them.</source>
        <translation>
            <numerusform>Có %n hồ sơ loại này đang nhập dở, chưa lưu. Hãy tiếp tục một bản nháp, hoặc bắt đầu hồ sơ mới: bản nháp được giữ cho đến khi lưu hoặc xoá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Sửa lần cuối %1</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Tiếp tục bản nháp</translation>
    </message>
    <message>
        <source>Start new</source>
        <translation>Bắt đầu mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Returned by the district: %1</source>
        <translation>Hội huyện trả lại: %1</translation>
    </message>
    <message>
        <source>Draft restored: what you typed last time is back.</source>
        <translation>Đã khôi phục bản nháp: nội dung nhập lần trước vẫn còn.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Huỷ bản nháp</translation>
    </message>
    <message>
        <source>Some fields need attention before saving.</source>
        <translation>Một số mục cần sửa trước khi lưu.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search by name (accents not needed)</source>
        <translation>Tìm theo tên (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Xoá tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Hiện %1 trên %2</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Tap + to add the first one.</source>
        <translation>Chưa có hồ sơ nào. Bấm + để thêm.</translation>
    </message>
    <message>
        <source>No record matches the search.</source>
        <translation>Không có hồ sơ nào khớp với từ tìm.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Chưa có hồ sơ nào.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <source>Pending</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Fixed, waiting to be sent</source>
        <translation>Đã sửa, chờ gửi</translation>
    </message>
    <message>
        <source>Sent, awaiting review</source>
        <translation>Đã gửi, chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Fixed and sent, awaiting review again</source>
        <translation>Đã sửa và gửi, chờ duyệt lại</translation>
    </message>
    <message>
        <source>Correct what the reason names and save: the tablet sends it again.</source>
        <translation>Sửa chỗ lý do nêu rồi bấm Lưu: máy sẽ gửi lại.</translation>
    </message>
    <message>
        <source>Nothing to do: the tablet sends it by itself when there is a network.</source>
        <translation>Không cần làm gì: máy sẽ tự gửi khi có mạng.</translation>
    </message>
    <message>
        <source>Fix it as the district asks and save: it goes back for review.</source>
        <translation>Sửa theo ý kiến của Hội huyện rồi bấm Lưu: hồ sơ sẽ được duyệt lại.</translation>
    </message>
    <message>
        <source>Nothing to do: the district approved it.</source>
        <translation>Không cần làm gì: Hội huyện đã duyệt.</translation>
    </message>
    <message>
        <source>Nothing to do: the district will review it.</source>
        <translation>Không cần làm gì: Hội huyện sẽ duyệt.</translation>
    </message>
    <message>
        <source>Returned by review: %1</source>
        <translation>Bị trả lại: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Progress report (PDF)</source>
        <translation>Báo cáo tiến độ (PDF)</translation>
    </message>
    <message>
        <source>The report on the plan&apos;s targets, laid out as an official document, ready to print</source>
        <translation>Báo cáo kết quả thực hiện chỉ tiêu theo thể thức văn bản hành chính, sẵn sàng in</translation>
    </message>
    <message>
        <source>Progress figures (CSV)</source>
        <translation>Số liệu tiến độ (CSV)</translation>
    </message>
    <message>
        <source>The same figures for the unit and each unit below it, to open in Excel</source>
        <translation>Cùng số liệu cho đơn vị và từng đơn vị cấp dưới, mở bằng Excel</translation>
    </message>
    <message>
        <source>Records (CSV)</source>
        <translation>Hồ sơ (CSV)</translation>
    </message>
    <message>
        <source>Every record of the period in the unit and below it, one file per kind, in a folder</source>
        <translation>Mọi hồ sơ trong kỳ của đơn vị và cấp dưới, mỗi loại một tệp, trong một thư mục</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Nội dung xuất</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Lưu vào thư mục</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return with a comment</source>
        <translation>Trả lại kèm ý kiến</translation>
    </message>
    <message>
        <source>Say what to fix. The leader sees this on the tablet at the next sync.</source>
        <translation>Ghi rõ cần sửa gì. Chi hội trưởng sẽ thấy ý kiến này trên máy tính bảng ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>e.g. The number of women is larger than the total</source>
        <translation>VD: Số phụ nữ tham gia lớn hơn tổng số người</translation>
    </message>
    <message>
        <source>Return (Ctrl+Enter)</source>
        <translation>Trả lại (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Awaiting review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Fixed after return</source>
        <translation>Đã sửa sau khi trả lại</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>All commune units</source>
        <translation>Tất cả cơ sở Hội</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Tất cả chi hội</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại hồ sơ</translation>
    </message>
    <message>
        <source>From dd/mm/yyyy</source>
        <translation>Từ ngày dd/mm/yyyy</translation>
    </message>
    <message>
        <source>To dd/mm/yyyy</source>
        <translation>Đến ngày dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDelegate</name>
    <message>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Trả lại: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Review queue</source>
        <translation>Hàng chờ duyệt</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected</source>
        <translation>
            <numerusform>Duyệt %n hồ sơ đã chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Tìm kiếm (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>No records from your units yet. They appear here after a sync.</source>
        <translation>Chưa có hồ sơ nào của các đơn vị trực thuộc. Hồ sơ sẽ hiện ở đây sau khi đồng bộ.</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Không có hồ sơ nào khớp bộ lọc.</translation>
    </message>
</context>
<context>
    <name>ReviewRecordPane</name>
    <message>
        <source>Choose a record in the list.</source>
        <translation>Chọn một hồ sơ trong danh sách.</translation>
    </message>
    <message>
        <source>Conflict: two edits of one field</source>
        <translation>Xung đột: hai lần sửa cùng một trường</translation>
    </message>
    <message>
        <source>Resolve the conflict…</source>
        <translation>Giải quyết xung đột…</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Duyệt (A)</translation>
    </message>
    <message>
        <source>Return… (R)</source>
        <translation>Trả lại… (R)</translation>
    </message>
    <message>
        <source>Only a level above this record&apos;s unit may decide on it.</source>
        <translation>Chỉ cấp trên của đơn vị có hồ sơ này mới được duyệt.</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Quá trình duyệt</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>do bạn</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>phiên bản trước</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke this device?</source>
        <translation>Thu hồi thiết bị này?</translation>
    </message>
    <message>
        <source>The tablet is refused at its next sync and can no longer send or receive anything. Records on it that have not been synced are lost unless it syncs before you revoke it. Use this for a lost or stolen tablet; the person needs a new code to work on another one.</source>
        <translation>Máy tính bảng sẽ bị từ chối ở lần đồng bộ tới và không gửi, nhận được gì nữa. Hồ sơ chưa đồng bộ trên máy sẽ mất nếu máy không đồng bộ trước khi bị thu hồi. Dùng khi máy bị mất hoặc bị lấy cắp; người dùng cần mã mới để làm việc trên máy khác.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <source>%n record(s) not yet accepted by the server. Sync (and fix rejected records) before signing out: signing out deletes this tablet&apos;s data.</source>
        <translation>
            <numerusform>Còn %n hồ sơ máy chủ chưa nhận. Hãy đồng bộ (và sửa các hồ sơ bị từ chối) trước khi đăng xuất: đăng xuất sẽ xoá dữ liệu trên máy này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) typed but not saved (drafts). Save or discard them before signing out: signing out deletes this tablet&apos;s data.</source>
        <translation>
            <numerusform>Còn %n biểu mẫu nhập dở chưa lưu (bản nháp). Hãy lưu hoặc xoá trước khi đăng xuất: đăng xuất sẽ xoá dữ liệu trên máy tính bảng này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <source>Signing out deletes this tablet&apos;s copy of the data. It is allowed only when every record has reached the server.</source>
        <translation>Đăng xuất sẽ xoá dữ liệu trên máy này. Chỉ đăng xuất được khi mọi hồ sơ đã lên máy chủ.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Sign out of this tablet?</source>
        <translation>Đăng xuất khỏi máy này?</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Lớn hơn</translation>
    </message>
</context>
<context>
    <name>SignInAgainDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Đăng nhập lại</translation>
    </message>
    <message>
        <source>Your session has ended. Enter the password of %1 to go on syncing; nothing on this computer is lost.</source>
        <translation>Phiên đăng nhập đã hết. Nhập mật khẩu của %1 để tiếp tục đồng bộ; dữ liệu trên máy tính này không bị mất.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>StartOfYear</name>
    <message>
        <source>The status at the start of the year is dated before 01/01/%1</source>
        <translation>Tình trạng đầu năm phải ghi ngày trước 01/01/%1</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Female-headed</source>
        <translation>Phụ nữ làm chủ hộ</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lần thăm</translation>
    </message>
    <message>
        <source>%1/8 criteria met</source>
        <translation>Đạt %1/8 tiêu chí</translation>
    </message>
    <message>
        <source>Core member</source>
        <translation>Hội viên nòng cốt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Đã ra Hội</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>Quỹ năm %1</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Xếp loại năm %1</translation>
    </message>
    <message>
        <source>Congress %1</source>
        <translation>Đại hội %1</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Đại hội điểm</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No network – the tablet syncs by itself when a connection comes back</source>
        <translation>Chưa có mạng – máy sẽ tự đồng bộ khi có mạng</translation>
    </message>
    <message numerus="yes">
        <source>No network – %n record(s) waiting to be sent; the tablet sends them by itself</source>
        <translation>
            <numerusform>Chưa có mạng – %n hồ sơ chờ gửi, máy sẽ tự gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>Đã gửi %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>Đang đồng bộ… đã gửi %1/%2</translation>
    </message>
    <message>
        <source>Syncing… received %1</source>
        <translation>Đang đồng bộ… đã nhận %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>Đồng bộ chưa xong</translation>
    </message>
    <message>
        <source>Sent %1, received %2, rejected %3</source>
        <translation>Đã gửi %1, đã nhận %2, bị từ chối %3</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1 (%2)</source>
        <translation>Đồng bộ thành công lần cuối: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncHealthPage</name>
    <message>
        <source>Sync health</source>
        <translation>Tình hình đồng bộ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Silent after (days)</source>
        <translation>Coi là im lặng sau (ngày)</translation>
    </message>
    <message>
        <source>%1 of %2 branches silent</source>
        <translation>%1/%2 chi hội im lặng</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi hội</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <source>No branches to show</source>
        <translation>Không có chi hội nào</translation>
    </message>
</context>
<context>
    <name>SyncHealthRow</name>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message numerus="yes">
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>Im lặng %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong clock</source>
        <translation>Sai giờ máy</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>The tablet also syncs by itself every few minutes while records wait, and when a connection comes back.</source>
        <translation>Máy cũng tự đồng bộ vài phút một lần khi còn hồ sơ chờ gửi, và ngay khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Bị máy chủ từ chối</translation>
    </message>
</context>
<context>
    <name>UnitPickerList</name>
    <message>
        <source>No unit matches</source>
        <translation>Không có đơn vị nào khớp</translation>
    </message>
</context>
<context>
    <name>VersionDelegate</name>
    <message>
        <source>Changed: %1</source>
        <translation>Đã sửa: %1</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xoá</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa lần %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenu</name>
    <message>
        <source>Review queue</source>
        <translation>Hàng chờ duyệt</translation>
    </message>
    <message>
        <source>Target progress</source>
        <translation>Tiến độ chỉ tiêu</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Tình hình đồng bộ</translation>
    </message>
    <message>
        <source>Enrolment and devices</source>
        <translation>Đăng ký và thiết bị</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Sổ Hội</source>
        <translation>Sổ Hội</translation>
    </message>
    <message>
        <source>Offline: decisions are kept here and sent later</source>
        <translation>Không có mạng: các quyết định duyệt được giữ trên máy và gửi sau</translation>
    </message>
</context>
<context>
    <name>sohoi::app::DeviceListModel</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Chưa kết nối với máy chủ</translation>
    </message>
</context>
<context>
    <name>sohoi::app::EnrolmentDesk</name>
    <message>
        <source>Choose the branch or commune unit the person works at</source>
        <translation>Hãy chọn chi hội hoặc cơ sở Hội nơi người đó làm việc</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Chưa kết nối với máy chủ</translation>
    </message>
    <message>
        <source>Valid until %1, once</source>
        <translation>Dùng một lần, hiệu lực đến %1</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ProgressDashboardModel</name>
    <message>
        <source>Target group %1</source>
        <translation>Nhóm chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>Nội dung khác</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 units)</source>
        <translation>%1 (%2/%3 đơn vị)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>Quarters that fell short: %1</source>
        <translation>Quý chưa đạt: %1</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ReportExporter</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Chưa kết nối với máy chủ</translation>
    </message>
    <message>
        <source>Choose a folder to save the reports in</source>
        <translation>Hãy chọn thư mục lưu báo cáo</translation>
    </message>
</context>
<context>
    <name>sohoi::app::ReviewQueueModel</name>
    <message>
        <source>Awaiting the province&apos;s review</source>
        <translation>Chờ Hội LHPN tỉnh duyệt</translation>
    </message>
    <message>
        <source>Awaiting the district&apos;s review</source>
        <translation>Chờ Hội LHPN huyện duyệt</translation>
    </message>
    <message>
        <source>Awaiting the commune&apos;s review</source>
        <translation>Chờ cơ sở Hội duyệt</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Cần duyệt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
</context>
<context>
    <name>sohoi::app::SyncHealthModel</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Chưa kết nối với máy chủ</translation>
    </message>
</context>
</TS>
