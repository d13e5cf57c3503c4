<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AnswerButton</name>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="74"/>
        <source>selected</source>
        <extracomment>Between a question and its hint, in logical pixels. Between answers, in logical pixels (rows and columns alike).</extracomment>
        <translation>đã chọn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="74"/>
        <source>not selected</source>
        <translation>chưa chọn</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/attract.py" line="97"/>
        <location filename="../../kiosk/ui/visit/attract.py" line="164"/>
        <source>Touch to start</source>
        <extracomment>Margins of the attract screen, in logical pixels.</extracomment>
        <translation>Chạm để bắt đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/attract.py" line="167"/>
        <source>Or go straight to the questions for your doctor</source>
        <translation>Hoặc đi thẳng đến các câu hỏi cho bác sĩ của quý vị</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/attract.py" line="167"/>
        <source>Go straight to the questions</source>
        <translation>Đi thẳng đến các câu hỏi</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="129"/>
        <source>Back</source>
        <extracomment>Back&apos;s and Next&apos;s arrows in a left-to-right language (mirrored in a right-to-left one). Gaps between the buttons of the bottom bar, in logical pixels. The patient&apos;s own settings; they give way first when the bar is crowded.</extracomment>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="129"/>
        <source>Go to the previous screen</source>
        <translation>Về màn hình trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="130"/>
        <source>Change the language</source>
        <translation>Đổi ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="144"/>
        <source>Stop reading</source>
        <translation>Ngừng đọc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="144"/>
        <source>Stop reading this screen aloud</source>
        <translation>Ngừng đọc to màn hình này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="146"/>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="146"/>
        <source>Listen to this screen</source>
        <translation>Nghe màn hình này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="153"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="160"/>
        <location filename="../../kiosk/ui/visit/bar.py" line="166"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="160"/>
        <source>Go to the next screen</source>
        <translation>Đến màn hình tiếp theo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="162"/>
        <source>Check if this could fit my pain</source>
        <translation>Xem điều này có hợp với cơn đau của tôi không</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="163"/>
        <source>Answer a few questions to know what to ask your doctor</source>
        <translation>Trả lời vài câu hỏi để biết nên hỏi bác sĩ điều gì</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="165"/>
        <source>None of these</source>
        <translation>Không có điều nào</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="165"/>
        <location filename="../../kiosk/ui/visit/bar.py" line="166"/>
        <source>Go to the next question</source>
        <translation>Đến câu hỏi tiếp theo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="167"/>
        <source>Finish</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="167"/>
        <source>End and go back to the first screen</source>
        <translation>Kết thúc và về màn hình đầu tiên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="168"/>
        <source>Skip these questions</source>
        <translation>Bỏ qua các câu hỏi này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="168"/>
        <source>Go on without answering these questions</source>
        <translation>Tiếp tục mà không trả lời các câu hỏi này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="169"/>
        <source>Ask me again</source>
        <translation>Hỏi lại tôi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="169"/>
        <source>See the question once more</source>
        <translation>Xem câu hỏi thêm một lần</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="170"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="170"/>
        <source>Go on</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/bar.py" line="298"/>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
</context>
<context>
    <name>CheckAnswerScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="118"/>
        <source>That&apos;s right.</source>
        <translation>Đúng rồi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="119"/>
        <source>Let&apos;s look at that again.</source>
        <translation>Chúng ta hãy xem lại điều đó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="120"/>
        <source>Here is the point to remember.</source>
        <translation>Đây là điều cần nhớ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="132"/>
        <source>Read it once more. Then you will see the question again.</source>
        <translation>Hãy đọc thêm một lần. Sau đó quý vị sẽ thấy lại câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="133"/>
        <source>This point is on your summary, to go over with your doctor.</source>
        <translation>Điều này có trong bản tóm tắt của quý vị, để xem lại với bác sĩ.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="46"/>
        <source>Checking what you read: {number} of {total}</source>
        <extracomment>The answer id of &quot;I&apos;m not sure&quot; on a check (the reader refuses it as an option&apos;s id).</extracomment>
        <translation>Kiểm tra điều quý vị đã đọc: {number} / {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/keypoint.py" line="53"/>
        <source>I&apos;m not sure</source>
        <translation>Tôi không chắc</translation>
    </message>
</context>
<context>
    <name>ClinicNameEditor</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="340"/>
        <source>Clinic phone number</source>
        <translation>Số điện thoại của phòng khám</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="341"/>
        <source>On the summary patients take home. Leave it empty to show no number.</source>
        <translation>In trên bản tóm tắt bệnh nhân mang về nhà. Để trống nếu không muốn hiện số.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="343"/>
        <source>This kiosk&apos;s name</source>
        <translation>Tên của kiosk này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="345"/>
        <source>Names this kiosk in its reports and on the front-desk slip, for example “Waiting room 2”. Leave it empty to use the computer&apos;s name.</source>
        <translation>Tên dùng cho kiosk này trong các báo cáo và trên phiếu ở quầy lễ tân, ví dụ “Phòng chờ 2”. Để trống để dùng tên của máy tính.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="352"/>
        <source>Clinic name</source>
        <translation>Tên phòng khám</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="353"/>
        <source>Shown at the top of the first screen. Leave it empty to show no name.</source>
        <translation>Hiện ở đầu màn hình đầu tiên. Để trống nếu không muốn hiện tên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="365"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="366"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="367"/>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
</context>
<context>
    <name>ContrastButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="355"/>
        <source>High contrast</source>
        <translation>Độ tương phản cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="356"/>
        <source>Switch between the normal colours and light text on black</source>
        <translation>Chuyển giữa màu bình thường và chữ sáng trên nền đen</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="24"/>
        <source>&apos;{id}&apos; is chosen to be shown but cannot be found; install it again.</source>
        <translation>&apos;{id}&apos; được chọn để hiển thị nhưng không tìm thấy; hãy cài đặt lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="25"/>
        <source>Choose at least one pack to show.</source>
        <translation>Hãy chọn ít nhất một gói để hiển thị.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="26"/>
        <source>At most {count} packs can be shown.</source>
        <translation>Chỉ có thể hiển thị tối đa {count} gói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="27"/>
        <source>The printer {printer} is not set up on this computer: a patient&apos;s page was not printed.</source>
        <translation>Máy in {printer} chưa được cài trên máy tính này: trang của bệnh nhân chưa được in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="31"/>
        <source>The printer {printer} is switched off or not connected: a patient&apos;s page was not printed.</source>
        <translation>Máy in {printer} đang tắt hoặc chưa được nối: trang của bệnh nhân chưa được in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="35"/>
        <source>The printer {printer} is out of paper: a patient&apos;s page was not printed.</source>
        <translation>Máy in {printer} hết giấy: trang của bệnh nhân chưa được in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="36"/>
        <source>The printer {printer} is paused or stopped after an error: a patient&apos;s page was not printed.</source>
        <translation>Máy in {printer} đang tạm dừng hoặc đã dừng sau một lỗi: trang của bệnh nhân chưa được in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="40"/>
        <source>The print service did not take a patient&apos;s page for the printer {printer}.</source>
        <translation>Dịch vụ in đã không nhận trang của bệnh nhân cho máy in {printer}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="41"/>
        <source>The signature does not match: the file was changed after it was signed, or it is damaged.</source>
        <translation>Chữ ký không khớp: tệp đã bị thay đổi sau khi ký, hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="45"/>
        <source>&apos;{name}&apos; has been changed since the pack was made (it does not match the list of contents).</source>
        <translation>&apos;{name}&apos; đã bị thay đổi kể từ khi gói được tạo (không khớp với danh sách nội dung).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="49"/>
        <source>&apos;{name}&apos; could not be read to the end ({reason}). If it is on a USB stick, check that the stick is still plugged in, then try again.</source>
        <translation>Không đọc được &apos;{name}&apos; đến hết ({reason}). Nếu tệp nằm trên USB, hãy xem USB còn cắm không, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="54"/>
        <source>The name &apos;{name}&apos; uses backslashes, which could place a file outside the pack.</source>
        <translation>Tên &apos;{name}&apos; có dấu gạch chéo ngược, có thể đặt tệp ra ngoài gói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="55"/>
        <source>&apos;{name}&apos; would be written at a fixed place on the computer (an absolute path).</source>
        <translation>&apos;{name}&apos; sẽ được ghi vào một chỗ cố định trên máy tính (đường dẫn tuyệt đối).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="56"/>
        <source>&apos;{name}&apos; would be written on another drive (it starts with a drive letter).</source>
        <translation>&apos;{name}&apos; sẽ được ghi vào một ổ đĩa khác (tên bắt đầu bằng chữ cái của ổ đĩa).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="57"/>
        <source>&apos;{name}&apos; would be written outside the pack (it uses &apos;..&apos;).</source>
        <translation>&apos;{name}&apos; sẽ được ghi ra ngoài gói (tên có &apos;..&apos;).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="58"/>
        <source>The name &apos;{name}&apos; has characters that are not allowed in a pack.</source>
        <translation>Tên &apos;{name}&apos; có ký tự không được phép trong gói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="59"/>
        <source>The name &apos;{name}&apos; is not a proper file name.</source>
        <translation>Tên &apos;{name}&apos; không phải là tên tệp hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="60"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged, or it was made for another version of the kiosk.</source>
        <translation>Danh sách nội dung của gói (manifest.json) bị hỏng, hoặc được tạo cho một phiên bản khác của kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="64"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: the pack id is missing or not allowed.</source>
        <translation>Danh sách nội dung của gói (manifest.json) bị hỏng: thiếu mã gói hoặc mã không được phép.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="68"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: the version is missing or not a version number.</source>
        <translation>Danh sách nội dung của gói (manifest.json) bị hỏng: thiếu phiên bản hoặc phiên bản không phải là số.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="72"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: it does not list {file}.</source>
        <translation>Danh sách nội dung của gói (manifest.json) bị hỏng: không có {file} trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="75"/>
        <source>The pack has {count} files; a pack may hold at most {most}.</source>
        <translation>Gói có {count} tệp; một gói chỉ được có tối đa {most} tệp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="76"/>
        <source>&apos;{name}&apos; is both a file and a folder in the file; one would overwrite the other.</source>
        <translation>&apos;{name}&apos; vừa là tệp vừa là thư mục trong tệp gói; cái này sẽ ghi đè cái kia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="79"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: it cannot be read.</source>
        <translation>Danh sách nội dung của gói (manifest.json) bị hỏng: không đọc được.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="80"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: the entry for &apos;{name}&apos; is not complete.</source>
        <translation>Danh sách nội dung của gói (manifest.json) bị hỏng: mục của &apos;{name}&apos; chưa đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="84"/>
        <source>The file holds {count} entries; a pack may hold at most {most}.</source>
        <translation>Tệp có {count} mục; một gói chỉ được có tối đa {most} mục.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="85"/>
        <source>The file would unpack to more than {size}; that is too big.</source>
        <translation>Khi giải nén, tệp sẽ lớn hơn {size}; như vậy là quá lớn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="86"/>
        <source>&apos;{name}&apos; has no list of contents (manifest.json); it is not a content pack.</source>
        <translation>&apos;{name}&apos; không có danh sách nội dung (manifest.json); đây không phải là gói nội dung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="87"/>
        <source>&apos;{name}&apos; is in the list of contents but missing from the file.</source>
        <translation>&apos;{name}&apos; có trong danh sách nội dung nhưng không có trong tệp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="88"/>
        <source>&apos;{name}&apos; is too large to be what it says it is.</source>
        <translation>&apos;{name}&apos; quá lớn so với loại tệp mà nó ghi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="89"/>
        <source>&apos;{name}&apos; is a link to another place; a pack may only hold ordinary files.</source>
        <translation>&apos;{name}&apos; là một liên kết đến chỗ khác; gói chỉ được chứa tệp thông thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="90"/>
        <source>&apos;{name}&apos; is a special file (not an ordinary file); a pack may only hold ordinary files.</source>
        <translation>&apos;{name}&apos; là một tệp đặc biệt (không phải tệp thông thường); gói chỉ được chứa tệp thông thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="94"/>
        <source>&apos;{name}&apos; is locked with a password; a pack cannot be.</source>
        <translation>&apos;{name}&apos; bị khóa bằng mật khẩu; gói không được như vậy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="95"/>
        <source>&apos;{name}&apos; is compressed in a way the kiosk does not read.</source>
        <translation>&apos;{name}&apos; được nén theo cách mà kiosk không đọc được.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="96"/>
        <source>&apos;{name}&apos; is a link or a special file; a pack holds ordinary files only.</source>
        <translation>&apos;{name}&apos; là một liên kết hoặc tệp đặc biệt; gói chỉ chứa tệp thông thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="97"/>
        <source>&apos;{name}&apos; cannot be found. If it is on a USB stick, check that the stick is plugged in.</source>
        <translation>Không tìm thấy &apos;{name}&apos;. Nếu tệp nằm trên USB, hãy xem USB đã được cắm chưa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="100"/>
        <source>&apos;{name}&apos; cannot be opened ({reason}).</source>
        <translation>Không mở được &apos;{name}&apos; ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="101"/>
        <source>&apos;{name}&apos; is not a content-pack file, or it is damaged.</source>
        <translation>&apos;{name}&apos; không phải là tệp gói nội dung, hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="102"/>
        <source>&apos;{name}&apos; is in the file but not in its list of contents.</source>
        <translation>&apos;{name}&apos; có trong tệp nhưng không có trong danh sách nội dung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="103"/>
        <source>&apos;{name}&apos; is damaged inside the file.</source>
        <translation>&apos;{name}&apos; bị hỏng bên trong tệp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="104"/>
        <source>&apos;{name}&apos; overlaps &apos;{other}&apos; inside the file; the file was tampered with.</source>
        <translation>&apos;{name}&apos; chồng lên &apos;{other}&apos; bên trong tệp; tệp đã bị can thiệp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="105"/>
        <source>&apos;{name}&apos; appears twice in the file.</source>
        <translation>&apos;{name}&apos; xuất hiện hai lần trong tệp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="106"/>
        <source>&apos;{name}&apos; and &apos;{other}&apos; would overwrite each other.</source>
        <translation>&apos;{name}&apos; và &apos;{other}&apos; sẽ ghi đè lên nhau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="107"/>
        <source>&apos;{name}&apos; is a link; copy the files in.</source>
        <translation>&apos;{name}&apos; là một liên kết; hãy chép chính các tệp vào.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="108"/>
        <source>The pack is larger than {size}.</source>
        <translation>Gói lớn hơn {size}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="109"/>
        <source>The file unpacks to more than {size}; that is too big.</source>
        <translation>Khi giải nén, tệp lớn hơn {size}; như vậy là quá lớn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="110"/>
        <source>The kiosk could not save the pack on its disk ({reason}). The disk may be full.</source>
        <translation>Kiosk không lưu được gói lên đĩa ({reason}). Có thể đĩa đã đầy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="113"/>
        <source>&apos;{name}&apos; has mistakes, so it cannot be shown:</source>
        <translation>&apos;{name}&apos; có lỗi nên không hiển thị được:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="114"/>
        <source>… and {count} more; &apos;kiosk validate&apos; lists them all.</source>
        <translation>… và {count} lỗi nữa; &apos;kiosk validate&apos; liệt kê tất cả.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="115"/>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="116"/>
        <source>{file}, line {line}: {problem}.</source>
        <translation>{file}, dòng {line}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="117"/>
        <source>This pack is signed with a key this kiosk does not trust.</source>
        <translation>Gói này được ký bằng một khóa mà kiosk này không tin cậy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="118"/>
        <source>This is version {version} of &apos;{id}&apos;, older than the signed version {newest} already installed here. An older version can only come back with &apos;Roll back&apos;.</source>
        <translation>Đây là phiên bản {version} của &apos;{id}&apos;, cũ hơn phiên bản đã ký {newest} đang được cài ở đây. Chỉ có thể quay về phiên bản cũ bằng &apos;Quay về phiên bản trước&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="123"/>
        <source>The pack file says it holds &apos;{id}&apos; version {version}, but its {file} says &apos;{other_id}&apos; version {other_version}.</source>
        <translation>Tệp gói ghi là chứa &apos;{id}&apos; phiên bản {version}, nhưng {file} của nó ghi là &apos;{other_id}&apos; phiên bản {other_version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="128"/>
        <source>&apos;{title}&apos; is the pack on screen now. Switch to another pack first, then remove it.</source>
        <translation>&apos;{title}&apos; là gói đang hiện trên màn hình. Hãy chuyển sang gói khác trước, rồi mới gỡ bỏ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="131"/>
        <source>There is no pack called &apos;{id}&apos;.</source>
        <translation>Không có gói nào tên là &apos;{id}&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="132"/>
        <source>This pack is not signed, and this kiosk only accepts signed packs.</source>
        <translation>Gói này chưa được ký, và kiosk này chỉ nhận gói đã ký.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="133"/>
        <source>There is no installed pack called &apos;{id}&apos;.</source>
        <translation>Không có gói nào đã cài tên là &apos;{id}&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="134"/>
        <source>There is no earlier version of &apos;{id}&apos; to go back to.</source>
        <translation>Không có phiên bản cũ hơn của &apos;{id}&apos; để quay về.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="135"/>
        <source>The choice could not be saved ({reason}).</source>
        <translation>Không lưu được lựa chọn ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="136"/>
        <source>&apos;{id}&apos; came with the kiosk; it has no earlier version to go back to.</source>
        <translation>&apos;{id}&apos; đi kèm với kiosk; không có phiên bản cũ hơn để quay về.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="137"/>
        <source>&apos;{id}&apos; came with the kiosk and cannot be removed.</source>
        <translation>&apos;{id}&apos; đi kèm với kiosk và không thể gỡ bỏ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="138"/>
        <source>The pack could not be checked (the check stopped with an error). Nothing was changed.</source>
        <translation>Không kiểm tra được gói (việc kiểm tra dừng lại vì có lỗi). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="142"/>
        <source>The install was cancelled. Nothing was changed.</source>
        <translation>Việc cài đặt đã bị hủy. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="146"/>
        <source>Checking the pack took longer than {seconds} seconds, so it was stopped and the pack was refused. Ask the pack&apos;s author to check it with &apos;kiosk validate&apos;.</source>
        <translation>Việc kiểm tra gói kéo dài hơn {seconds} giây nên đã bị dừng và gói bị từ chối. Hãy nhờ người soạn gói kiểm tra bằng &apos;kiosk validate&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="151"/>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="155"/>
        <source>Checking every page…</source>
        <translation>Đang kiểm tra từng trang…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="159"/>
        <source>Switching to the new version…</source>
        <translation>Đang chuyển sang phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="163"/>
        <source>Unpacking…</source>
        <translation>Đang giải nén…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="167"/>
        <source>This file holds version {version} of &apos;{id}&apos;, which is installed already, but the file is damaged. The installed version was not changed.</source>
        <translation>Tệp này chứa phiên bản {version} của &apos;{id}&apos;, phiên bản này đã được cài, nhưng tệp bị hỏng. Phiên bản đã cài không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="172"/>
        <source>The record of which version of &apos;{id}&apos; is in use is damaged; version {version}, the newest good one installed, is shown. Install the pack again.</source>
        <translation>Bản ghi về phiên bản đang dùng của &apos;{id}&apos; bị hỏng; đang hiện phiên bản {version}, phiên bản tốt mới nhất đã cài. Hãy cài lại gói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="177"/>
        <source>The current version of &apos;{id}&apos; cannot be shown (its files are damaged or missing); version {version} is shown instead. Install the pack again.</source>
        <translation>Không hiện được phiên bản hiện tại của &apos;{id}&apos; (các tệp bị hỏng hoặc bị thiếu); đang hiện phiên bản {version} thay thế. Hãy cài lại gói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="182"/>
        <source>No version of &apos;{id}&apos; can be shown, so the pack that came with the kiosk is shown instead. Install the clinic&apos;s pack again.</source>
        <translation>Không hiện được phiên bản nào của &apos;{id}&apos;, nên đang hiện gói đi kèm với kiosk. Hãy cài lại gói của phòng khám.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="187"/>
        <source>The settings were damaged and no good copy was found: the kiosk&apos;s defaults are in use, and only signed packs are accepted. Check the settings and save them again.</source>
        <translation>Phần cài đặt bị hỏng và không tìm thấy bản sao tốt: kiosk đang dùng cài đặt mặc định, và chỉ nhận gói đã ký. Hãy xem lại phần cài đặt và lưu lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="192"/>
        <source>The settings were damaged; the last good copy from {date} is in use.</source>
        <translation>Phần cài đặt bị hỏng; đang dùng bản sao tốt gần nhất từ ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="196"/>
        <source>Some files of the pack on screen (&apos;{id}&apos;, {folder}) are damaged: {problems}. Install the pack again.</source>
        <translation>Một số tệp của gói đang hiện (&apos;{id}&apos;, {folder}) bị hỏng: {problems}. Hãy cài lại gói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="200"/>
        <source>&apos;{id}&apos; ({folder}) made the kiosk restart {count} times within {minutes} minutes, so it was set aside; version {version} of &apos;{shown}&apos; is shown instead. Install a corrected pack, or choose the pack again to try it once more.</source>
        <translation>&apos;{id}&apos; ({folder}) đã làm kiosk khởi động lại {count} lần trong {minutes} phút, nên đã được để sang một bên; đang hiện phiên bản {version} của &apos;{shown}&apos; thay thế. Hãy cài một gói đã sửa, hoặc chọn lại gói đó để thử thêm một lần.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="206"/>
        <source>This pack (&apos;{id}&apos;) is signed with the key &apos;{name}&apos;, which this kiosk trusts only for packs named {scope}.</source>
        <translation>Gói này (&apos;{id}&apos;) được ký bằng khóa &apos;{name}&apos;, mà kiosk này chỉ tin cậy cho các gói tên là {scope}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="210"/>
        <source>The pack&apos;s list of contents (manifest.json) is damaged: its expiry date is not a date.</source>
        <translation>Danh sách nội dung của gói (manifest.json) bị hỏng: ngày hết hạn không phải là ngày.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="214"/>
        <source>This pack expired on {date}, so it is not installed. Ask whoever made it for a newer version.</source>
        <translation>Gói này đã hết hạn vào ngày {date}, nên không được cài. Hãy xin người tạo gói một phiên bản mới hơn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="218"/>
        <source>&apos;{id}&apos; version {version} expired on {date}. It is still shown, but ask for a newer version and install it.</source>
        <translation>&apos;{id}&apos; phiên bản {version} đã hết hạn vào ngày {date}. Gói vẫn được hiện, nhưng hãy xin một phiên bản mới hơn và cài vào.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="222"/>
        <source>&apos;{id}&apos; version {version} expires on {date}. Ask for a newer version and install it before then.</source>
        <translation>&apos;{id}&apos; phiên bản {version} sẽ hết hạn vào ngày {date}. Hãy xin một phiên bản mới hơn và cài vào trước ngày đó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="227"/>
        <source>The kiosk cannot read its inbox folder {folder} ({reason}). Check the folder, or the USB stick or network share it is on.</source>
        <translation>Kiosk không đọc được thư mục nhận {folder} ({reason}). Hãy kiểm tra thư mục đó, hoặc USB hay thư mục mạng chứa nó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="232"/>
        <source>&apos;{name}&apos; is larger than {size}; it is not taken.</source>
        <translation>&apos;{name}&apos; lớn hơn {size}; tệp này không được nhận.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="233"/>
        <source>&apos;{name}&apos; in the inbox folder was not installed. Its result in the outbox folder says why.</source>
        <translation>&apos;{name}&apos; trong thư mục nhận chưa được cài. Kết quả của tệp trong thư mục gửi cho biết lý do.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="237"/>
        <source>The usage counts file was damaged. It was set aside as {name}, and counting started again in a new file.</source>
        <translation>Tệp số liệu sử dụng bị hỏng. Tệp đã được để riêng với tên {name}, và việc đếm bắt đầu lại trong một tệp mới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/core_messages.py" line="241"/>
        <source>The usage counts cannot be saved: {reason}.</source>
        <translation>Không thể lưu số liệu sử dụng: {reason}.</translation>
    </message>
</context>
<context>
    <name>FrontDeskSlip</name>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="145"/>
        <source>Urgent: a patient needs a staff member now</source>
        <translation>Khẩn cấp: một bệnh nhân cần nhân viên ngay bây giờ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="147"/>
        <source>Kiosk {name}: a patient reported a warning sign at {time} and was asked to speak to you. Please go to the kiosk now.</source>
        <translation>Kiosk {name}: một bệnh nhân đã báo một dấu hiệu cảnh báo lúc {time} và được dặn nói chuyện với quý vị. Xin hãy đến kiosk ngay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="154"/>
        <source>The answers are not on this slip. Enter the staff PIN at the kiosk to see them: the kiosk clears them after {minutes} minutes without a touch.</source>
        <translation>Các câu trả lời không có trên phiếu này. Nhập mã PIN của nhân viên tại kiosk để xem: kiosk sẽ xóa chúng sau {minutes} phút không có ai chạm vào.</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../kiosk/ui/visit/pictures.py" line="92"/>
        <source>Tap to see the picture larger</source>
        <extracomment>The light panel behind a framed picture: its colour, and the room around the picture. Keys that act on the picture (as they press a button). The badge at the lower right: its diameter, and its icon&apos;s size. The ring round the picture while the keyboard is on it. The patient&apos;s text size (1.0 normal, 1.5 largest): an SVG&apos;s labels grow with it. How much larger its labels are drawn now (less than ``text_scale`` where they would collide).</extracomment>
        <translation>Chạm để xem hình lớn hơn</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="124"/>
        <source>Import a pack from a USB stick</source>
        <translation>Nhập gói từ USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="127"/>
        <source>Plug the USB stick into the kiosk. Pack files (ending in .kpack) on it are listed below. Installing a pack does not put it on screen yet.</source>
        <translation>Cắm USB vào kiosk. Các tệp gói (có đuôi .kpack) trên đó được liệt kê bên dưới. Cài một gói chưa đưa gói lên màn hình ngay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="132"/>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="135"/>
        <source>Copy report to USB</source>
        <translation>Chép báo cáo vào USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="137"/>
        <source>Writes this kiosk&apos;s status report on the USB stick. It holds nothing a patient chose.</source>
        <translation>Ghi báo cáo tình trạng của kiosk này vào USB. Báo cáo không chứa điều gì bệnh nhân đã chọn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="155"/>
        <source>Cancel the install</source>
        <translation>Hủy việc cài đặt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="160"/>
        <source>Show it now</source>
        <translation>Hiện ngay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="161"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="162"/>
        <source>Back to the list</source>
        <translation>Về danh sách</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="214"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="224"/>
        <source>Looking for pack files…</source>
        <translation>Đang tìm tệp gói…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="229"/>
        <source>Choose the pack to install.</source>
        <translation>Chọn gói để cài.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="233"/>
        <source>No pack files were found. Check that the USB stick is plugged in, then press &apos;Look again&apos;.</source>
        <translation>Không tìm thấy tệp gói nào. Hãy xem USB đã được cắm chưa, rồi bấm &apos;Tìm lại&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="244"/>
        <source>Install {name}</source>
        <translation>Cài {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="247"/>
        <source>on {folder}</source>
        <translation>trên {folder}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="261"/>
        <source>Installing {name}. This can take a minute; please leave the USB stick in.</source>
        <translation>Đang cài {name}. Việc này có thể mất một phút; xin để nguyên USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="271"/>
        <source>This version is already installed: {title}, version {version}. Nothing was changed.</source>
        <translation>Phiên bản này đã được cài: {title}, phiên bản {version}. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="273"/>
        <source>Installed: {title}, version {version}.</source>
        <translation>Đã cài: {title}, phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="276"/>
        <source>It is on screen now. You can remove the USB stick.</source>
        <translation>Gói đang hiện trên màn hình. Quý vị có thể rút USB ra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="278"/>
        <source>Patients see this version now. You can remove the USB stick.</source>
        <translation>Bệnh nhân đang thấy phiên bản này. Quý vị có thể rút USB ra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="280"/>
        <source>It is not on screen yet. Preview it, or show it now. You can remove the USB stick.</source>
        <translation>Gói chưa hiện trên màn hình. Hãy xem trước, hoặc cho hiện ngay. Quý vị có thể rút USB ra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="288"/>
        <source>Copying this kiosk&apos;s report to the USB stick…</source>
        <translation>Đang chép báo cáo của kiosk này vào USB…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="296"/>
        <source>No USB stick was found. Plug one in, wait a moment, then press &apos;Copy report to USB&apos; again.</source>
        <translation>Không tìm thấy USB. Hãy cắm USB vào, chờ một lát, rồi bấm lại &apos;Chép báo cáo vào USB&apos;.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="302"/>
        <source>The report is on the USB stick: {file}. You can remove the stick.</source>
        <translation>Báo cáo đã ở trên USB: {file}. Bạn có thể rút USB ra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="308"/>
        <source>The report could not be copied to the USB stick.</source>
        <translation>Không chép được báo cáo vào USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="316"/>
        <source>{name} was not installed. Nothing on the kiosk has changed.</source>
        <translation>{name} chưa được cài. Không có gì trên kiosk bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../kiosk/ui/staff/jobs.py" line="115"/>
        <source>A file could not be read or written ({reason}). If it is on a USB stick, check that the stick is still plugged in, then try again.</source>
        <translation>Không đọc hoặc ghi được một tệp ({reason}). Nếu tệp nằm trên USB, hãy xem USB còn cắm không, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jobs.py" line="119"/>
        <source>Something went wrong, and nothing was changed. The details are in the kiosk&apos;s log.</source>
        <translation>Đã có lỗi xảy ra, và không có gì bị thay đổi. Chi tiết có trong nhật ký của kiosk.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../kiosk/ui/visit/languages.py" line="66"/>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ của quý vị</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/languages.py" line="67"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/languages.py" line="67"/>
        <source>Keep this language</source>
        <translation>Giữ ngôn ngữ này</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../../kiosk/ui/widgets/more_below.py" line="59"/>
        <source>More below</source>
        <translation>Còn nữa bên dưới</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="313"/>
        <source>Start again</source>
        <translation>Nghe lại từ đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="313"/>
        <source>Hear this screen again from the start</source>
        <translation>Nghe lại màn hình này từ đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="342"/>
        <source>Go on</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="342"/>
        <source>Go on listening from where it stopped</source>
        <translation>Nghe tiếp từ chỗ đã dừng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="345"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="345"/>
        <source>Stop for a moment</source>
        <translation>Dừng một chút</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <location filename="../../kiosk/ui/start.py" line="28"/>
        <source>This screen is being set up. Please ask a member of staff.</source>
        <translation>Màn hình này đang được cài đặt. Xin hỏi nhân viên.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="40"/>
        <source>Shift</source>
        <translation>Chữ hoa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="44"/>
        <source>Accents and symbols</source>
        <translation>Dấu và ký hiệu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="47"/>
        <source>Space</source>
        <translation>Khoảng trắng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="49"/>
        <location filename="../../kiosk/ui/staff/keyboard.py" line="50"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="60"/>
        <source>That pack is no longer in the list.</source>
        <translation>Gói đó không còn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="91"/>
        <source>{title} cannot be shown</source>
        <translation>Không hiện được {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="112"/>
        <source>The topics were not changed</source>
        <translation>Các chủ đề chưa được thay đổi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="123"/>
        <source>Patients now choose from {count} topics.</source>
        <translation>Giờ đây bệnh nhân chọn trong {count} chủ đề.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="125"/>
        <location filename="../../kiosk/ui/staff/actions.py" line="137"/>
        <source>{title} is on screen now.</source>
        <translation>{title} đang hiện trên màn hình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="144"/>
        <source>This pack cannot be previewed</source>
        <translation>Không xem trước được gói này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="144"/>
        <source>It has mistakes; see its card.</source>
        <translation>Gói có lỗi; xem thẻ của gói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="160"/>
        <source>{title} was not changed</source>
        <translation>{title} không bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="167"/>
        <source>{title} is back to version {version}.</source>
        <translation>{title} đã quay về phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="175"/>
        <source>{title} is on screen now</source>
        <translation>{title} đang hiện trên màn hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="176"/>
        <source>Show another pack first, then remove this one.</source>
        <translation>Hãy cho hiện một gói khác trước, rồi gỡ bỏ gói này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="180"/>
        <source>Remove {title}?</source>
        <translation>Gỡ bỏ {title}?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="181"/>
        <source>It is deleted from this kiosk, with its earlier version. You can import it again later.</source>
        <translation>Gói sẽ bị xóa khỏi kiosk này, cùng với phiên bản trước của nó. Quý vị có thể nhập lại sau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="182"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="192"/>
        <source>{title} was not removed</source>
        <translation>{title} chưa được gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/actions.py" line="198"/>
        <source>{title} was removed.</source>
        <translation>{title} đã được gỡ bỏ.</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="45"/>
        <source>On screen now</source>
        <translation>Đang hiện trên màn hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="45"/>
        <source>Topic {place} of {count}</source>
        <translation>Chủ đề {place}/{count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="57"/>
        <source>Draft: the clinic&apos;s medical lead has not reviewed this pack yet.</source>
        <translation>Bản nháp: bác sĩ phụ trách của phòng khám chưa duyệt gói này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="63"/>
        <source>Checked: ready to show.</source>
        <translation>Đã kiểm tra: sẵn sàng để hiện.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="65"/>
        <source>This pack has mistakes and cannot be shown:</source>
        <translation>Gói này có lỗi và không hiện được:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="68"/>
        <source>… and {count} more.</source>
        <translation>… và {count} lỗi nữa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="71"/>
        <source>Show this pack</source>
        <translation>Hiện gói này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="74"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="77"/>
        <source>Go back to version {version}</source>
        <translation>Quay về phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="80"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="83"/>
        <source>Add to the topics</source>
        <translation>Thêm vào các chủ đề</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="86"/>
        <source>Take out of the topics</source>
        <translation>Bỏ khỏi các chủ đề</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="88"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="99"/>
        <source>This pack is a draft. Patients will see it as it is, without being told that it is a draft. Show it to patients anyway?</source>
        <translation>Gói này là bản nháp. Bệnh nhân sẽ thấy gói như hiện tại, mà không được báo đây là bản nháp. Vẫn cho bệnh nhân xem?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="104"/>
        <source>Yes, show the draft</source>
        <translation>Có, hiện bản nháp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="105"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="174"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="176"/>
        <source>draft, not reviewed yet</source>
        <translation>bản nháp, chưa được duyệt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="178"/>
        <source>reviewed {date} by {who}</source>
        <translation>được duyệt ngày {date} bởi {who}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="180"/>
        <source>reviewed {date}</source>
        <translation>được duyệt ngày {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="180"/>
        <source>no review date</source>
        <translation>không có ngày duyệt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="182"/>
        <source>Signed by {name}</source>
        <translation>Được ký bởi {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="184"/>
        <source>Not signed by a trusted key</source>
        <translation>Chưa được ký bằng một khóa tin cậy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="187"/>
        <source>Languages: {languages}</source>
        <translation>Ngôn ngữ: {languages}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="188"/>
        <source>Version {version}, {reviewed}</source>
        <translation>Phiên bản {version}, {reviewed}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pack_card.py" line="189"/>
        <source>(came with the kiosk)</source>
        <translation>(đi kèm với kiosk)</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="46"/>
        <source>Content packs</source>
        <translation>Gói nội dung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="49"/>
        <source>The pack marked &apos;On screen now&apos;, or the packs marked &apos;Topic 1 of 2&apos; and so on, are what patients see. Preview a pack before you show it.</source>
        <translation>Gói được đánh dấu &apos;Đang hiện trên màn hình&apos;, hoặc các gói được đánh dấu &apos;Chủ đề 1/2&apos; và tiếp theo, là những gì bệnh nhân nhìn thấy. Hãy xem trước một gói trước khi hiển thị.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="81"/>
        <source>Reading the packs…</source>
        <translation>Đang đọc các gói…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/packs.py" line="100"/>
        <source>No packs were found.</source>
        <translation>Không tìm thấy gói nào.</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/page.py" line="318"/>
        <source>Sources</source>
        <extracomment>Pictures in the text use the pack&apos;s high-contrast versions where it has them.</extracomment>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/page.py" line="318"/>
        <source>Show where the facts on this screen come from</source>
        <translation>Xem các thông tin trên màn hình này lấy từ đâu</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../../kiosk/ui/visit/pictures.py" line="221"/>
        <location filename="../../kiosk/ui/visit/pictures.py" line="223"/>
        <source>Tap anywhere to go back</source>
        <translation>Chạm vào bất cứ chỗ nào để quay lại</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="62"/>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="65"/>
        <source>Delete the last digit</source>
        <translation>Xóa số cuối cùng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="70"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="72"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="161"/>
        <source>1 digit typed</source>
        <translation>Đã nhập 1 số</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="163"/>
        <source>{count} digits typed</source>
        <translation>Đã nhập {count} số</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="251"/>
        <source>Staff PIN</source>
        <translation>Mã PIN của nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="251"/>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>Nhập mã PIN của nhân viên, rồi bấm OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="252"/>
        <source>Change PIN</source>
        <translation>Đổi mã PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="252"/>
        <source>First enter the current PIN, then press OK.</source>
        <translation>Trước hết nhập mã PIN hiện tại, rồi bấm OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="254"/>
        <source>Choose a staff PIN</source>
        <translation>Chọn mã PIN cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="255"/>
        <source>Use 4 to 8 digits. Staff will need it every time they open staff mode.</source>
        <translation>Dùng từ 4 đến 8 chữ số. Nhân viên sẽ cần mã này mỗi lần mở chế độ nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="258"/>
        <source>Enter the same PIN again</source>
        <translation>Nhập lại cùng mã PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="259"/>
        <source>This makes sure there was no typing mistake.</source>
        <translation>Để chắc chắn là không gõ nhầm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="262"/>
        <source>The staff PIN cannot be read</source>
        <translation>Không đọc được mã PIN của nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="264"/>
        <source>Set a new PIN on this computer with the command &apos;kiosk set-pin&apos;, then try again. The steps are in the staff guide.</source>
        <translation>Hãy đặt mã PIN mới trên máy tính này bằng lệnh &apos;kiosk set-pin&apos;, rồi thử lại. Các bước có trong hướng dẫn cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="269"/>
        <source>No staff PIN is set yet</source>
        <translation>Chưa có mã PIN của nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="271"/>
        <source>Set the staff PIN with &apos;kiosk set-pin&apos; on this computer, or run the installer again. The steps are in the staff guide.</source>
        <translation>Hãy đặt mã PIN của nhân viên bằng &apos;kiosk set-pin&apos; trên máy tính này, hoặc chạy lại chương trình cài đặt. Các bước có trong hướng dẫn cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="294"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>Mã PIN phải có từ 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="312"/>
        <source>That PIN is not right.</source>
        <translation>Mã PIN đó không đúng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="314"/>
        <source>One more wrong PIN and you will have to wait.</source>
        <translation>Nhập sai thêm một lần nữa là quý vị sẽ phải chờ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="316"/>
        <source>{count} more tries before a wait.</source>
        <translation>Còn {count} lần thử trước khi phải chờ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="327"/>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>Hai mã PIN không giống nhau. Xin chọn lại mã PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="335"/>
        <source>The PIN could not be saved, so nothing changed. Please tell the IT team.</source>
        <translation>Không lưu được mã PIN nên không có gì thay đổi. Xin báo cho bộ phận IT.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="361"/>
        <source>Too many wrong PINs. You can try again in {time}.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Quý vị có thể thử lại sau {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pinpad.py" line="373"/>
        <source>You can try again now.</source>
        <translation>Bây giờ quý vị có thể thử lại.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/preview.py" line="65"/>
        <source>Show this pack</source>
        <translation>Hiện gói này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/preview.py" line="66"/>
        <source>Back to the packs</source>
        <translation>Về các gói</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/preview.py" line="76"/>
        <source>Preview: {title}, version {version}</source>
        <translation>Xem trước: {title}, phiên bản {version}</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="92"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="104"/>
        <source>Sent to the printer</source>
        <translation>Đã gửi đến máy in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="105"/>
        <source>Your page is printing. Please ask a staff member for it.</source>
        <translation>Trang của quý vị đang được in. Xin hỏi nhân viên để nhận.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/printing.py" line="107"/>
        <source>Try printing again</source>
        <translation>Thử in lại</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="149"/>
        <source>Not sure</source>
        <translation>Không chắc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="231"/>
        <source>No pain</source>
        <translation>Không đau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="232"/>
        <source>Worst pain</source>
        <translation>Đau nhất</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/question.py" line="240"/>
        <source>Question {number} of about {total}</source>
        <translation>Câu hỏi {number} trong khoảng {total}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="98"/>
        <source>Show this screen to a staff member</source>
        <translation>Hãy cho nhân viên xem màn hình này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="127"/>
        <source>For staff</source>
        <translation>Dành cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="127"/>
        <source>Staff only: asks for the staff PIN</source>
        <translation>Chỉ dành cho nhân viên: cần mã PIN của nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="148"/>
        <source>Also tell your doctor or the staff</source>
        <translation>Cũng hãy nói với bác sĩ hoặc nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="152"/>
        <source>Questions to ask your doctor</source>
        <translation>Những câu hỏi để hỏi bác sĩ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/result.py" line="153"/>
        <source>Tap the ones you want to ask. They go on your summary.</source>
        <translation>Chạm vào những câu quý vị muốn hỏi. Các câu đó sẽ có trong bản tóm tắt.</translation>
    </message>
</context>
<context>
    <name>ScreenCache</name>
    <message>
        <location filename="../../kiosk/ui/visit/screens.py" line="146"/>
        <source>Print: {title}</source>
        <extracomment>Question screens are found again by (question, language, colours, wide layout). The share of the screen&apos;s height kept for the question and its hint on every question: less on a landscape screen, whose answers share rows but need the rest of its little height (1280x800), than on a portrait one, whose answers take one column. After a visit ends, the idle time to wait before preparing for the next patient. The pack whose screens these are (with several packs shown, each has a view of its own).</extracomment>
        <translation>In: {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/screens.py" line="150"/>
        <source>The printer is not working right now. Please ask a staff member for a copy.</source>
        <translation>Máy in hiện đang không hoạt động. Xin hỏi nhân viên để lấy một bản.</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="117"/>
        <source>Screen</source>
        <extracomment>The hours rows: the setting each one changes. Hours a closed day gets when staff open it (unless Monday to Friday are open). The day&apos;s name before its Closed and Open (they line up from day to day).</extracomment>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="121"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="122"/>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="127"/>
        <source>Closed</source>
        <translation>Đóng cửa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="128"/>
        <source>Open</source>
        <translation>Mở cửa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="129"/>
        <source>Opens</source>
        <translation>Mở lúc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="130"/>
        <source>Closes</source>
        <translation>Đóng lúc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="131"/>
        <source>Opens earlier</source>
        <translation>Mở sớm hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="132"/>
        <source>Opens later</source>
        <translation>Mở muộn hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="133"/>
        <source>Closes earlier</source>
        <translation>Đóng sớm hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="134"/>
        <source>Closes later</source>
        <translation>Đóng muộn hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="140"/>
        <source>Landscape</source>
        <translation>Nằm ngang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="141"/>
        <source>Portrait 90°</source>
        <translation>Dọc 90°</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="142"/>
        <source>Upside down</source>
        <translation>Lộn ngược</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="143"/>
        <source>Portrait 270°</source>
        <translation>Dọc 270°</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="149"/>
        <source>Restart the kiosk now</source>
        <translation>Khởi động lại kiosk ngay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="165"/>
        <source>Screen sleep outside clinic hours</source>
        <translation>Tắt màn hình ngoài giờ làm việc của phòng khám</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="169"/>
        <source>Outside the hours below the screen goes dark while nobody is using it, never during a visit. It wakes at opening time, or at the first touch: that touch only wakes it.</source>
        <translation>Ngoài giờ bên dưới, màn hình tối đi khi không có ai dùng, không bao giờ trong lúc bệnh nhân đang xem. Màn hình sáng lại vào giờ mở cửa, hoặc khi có người chạm vào lần đầu: lần chạm đó chỉ làm màn hình sáng lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="176"/>
        <source>Monday to Friday</source>
        <translation>Thứ Hai đến thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="176"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="176"/>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="179"/>
        <source>Screen rotation</source>
        <translation>Xoay màn hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="182"/>
        <source>Turn the picture to match how the screen is mounted. Touches turn with it.</source>
        <translation>Xoay hình cho đúng với cách gắn màn hình. Thao tác chạm cũng xoay theo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="233"/>
        <source>Checking whether this display can be switched off…</source>
        <translation>Đang kiểm tra xem có tắt được màn hình này không…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="235"/>
        <source>Outside the hours the display is switched off.</source>
        <translation>Ngoài giờ, màn hình được tắt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="240"/>
        <source>The display could not be switched off ({reason}): outside the hours it is shown black instead. The staff guide says what to do.</source>
        <translation>Không tắt được màn hình ({reason}): ngoài giờ, màn hình chỉ hiện màu đen. Hướng dẫn cho nhân viên có ghi cách xử lý.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="248"/>
        <source>the kiosk is not running under its own compositor</source>
        <translation>kiosk không chạy trong trình quản lý hiển thị (compositor) riêng của nó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="249"/>
        <source>on this system the kiosk does not do it</source>
        <translation>trên hệ thống này kiosk không làm việc đó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="250"/>
        <source>the program wlr-randr is not installed</source>
        <translation>chương trình wlr-randr chưa được cài</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="251"/>
        <source>this version of the cage compositor cannot do it</source>
        <translation>phiên bản compositor cage này không làm được việc đó</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="252"/>
        <source>the compositor refused; the kiosk&apos;s log says why</source>
        <translation>compositor từ chối; nhật ký của kiosk ghi lý do</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="260"/>
        <source>Turning the screen…</source>
        <translation>Đang xoay màn hình…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="270"/>
        <source>This compositor turns the screen only when the kiosk starts: it turns at the next restart.</source>
        <translation>Compositor này chỉ xoay màn hình khi kiosk khởi động: màn hình sẽ xoay ở lần khởi động lại tới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="278"/>
        <source>The kiosk cannot turn this screen ({reason}). Turn it in the computer&apos;s display settings: the kiosk fits itself to the screen.</source>
        <translation>Kiosk không xoay được màn hình này ({reason}). Hãy xoay trong phần cài đặt màn hình của máy tính: kiosk sẽ tự vừa với màn hình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/screen.py" line="289"/>
        <source>midnight</source>
        <translation>nửa đêm</translation>
    </message>
</context>
<context>
    <name>SectionStrip</name>
    <message>
        <location filename="../../kiosk/ui/visit/strip.py" line="60"/>
        <source>done</source>
        <extracomment>Stretch of the current section when only its title is shown (the others are bars).</extracomment>
        <translation>đã xong</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/strip.py" line="60"/>
        <source>you are here</source>
        <translation>quý vị đang ở đây</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/strip.py" line="60"/>
        <source>still to come</source>
        <translation>sắp tới</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="161"/>
        <source>Start over</source>
        <extracomment>Side margins of the visit&apos;s screens, in logical pixels. Margins above the header and below the bottom bar, and the gaps between header, screen and bar. Whether the patient uses a keyboard or switch (then the focus follows a screen change).</extracomment>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="161"/>
        <source>Go back to the first screen and erase your choices</source>
        <translation>Về màn hình đầu tiên và xóa các lựa chọn của quý vị</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="212"/>
        <source>Last reviewed: {date} ({who}).</source>
        <translation>Lần duyệt gần nhất: {date} ({who}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/view.py" line="213"/>
        <source>Last reviewed: {date}.</source>
        <translation>Lần duyệt gần nhất: {date}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="52"/>
        <source>Print my summary</source>
        <extracomment>The words below are in the view&apos;s translation context; lupdate needs it written out in each call.</extracomment>
        <translation>In bản tóm tắt của tôi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="56"/>
        <source>The printer is not working right now. You can scan the code on this screen with your phone&apos;s camera to keep your summary.</source>
        <translation>Máy in hiện đang không hoạt động. Quý vị có thể quét mã trên màn hình này bằng máy ảnh của điện thoại để giữ bản tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="89"/>
        <source>Your visit summary</source>
        <translation>Tóm tắt buổi khám của quý vị</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="90"/>
        <source>Points to go over with your doctor:</source>
        <translation>Những điều cần xem lại với bác sĩ:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="91"/>
        <source>Ask your doctor about the other points from today.</source>
        <translation>Hãy hỏi bác sĩ về những điều khác của hôm nay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="92"/>
        <source>After the procedure, get help:</source>
        <translation>Sau thủ thuật, hãy tìm giúp đỡ khi:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="93"/>
        <source>Clinic phone:</source>
        <translation>Điện thoại phòng khám:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="94"/>
        <source>Questions I want to ask:</source>
        <translation>Những câu tôi muốn hỏi:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/summary.py" line="95"/>
        <source>Notes from today&apos;s questions:</source>
        <translation>Ghi chú từ các câu hỏi hôm nay:</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="74"/>
        <source>The settings could not be saved. They apply until the kiosk restarts.</source>
        <translation>Không lưu được phần cài đặt. Các cài đặt này có hiệu lực cho đến khi kiosk khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="78"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="89"/>
        <source>Sending a test page…</source>
        <translation>Đang gửi trang in thử…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="93"/>
        <source>Test page from the kiosk</source>
        <translation>Trang in thử từ kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="93"/>
        <source>If you can read this, pages print on this printer.</source>
        <translation>Nếu quý vị đọc được trang này, máy in này in được.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="106"/>
        <source>The test page was sent to the printer.</source>
        <translation>Trang in thử đã được gửi đến máy in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="109"/>
        <source>The test page could not be printed. The kiosk&apos;s alerts say why.</source>
        <translation>Không in được trang in thử. Các cảnh báo của kiosk cho biết lý do.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="154"/>
        <source>Inbox folder</source>
        <translation>Thư mục nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="156"/>
        <source>Type the whole path of the folder packs arrive in, from the top: for example /var/lib/kiosk/inbox on Linux, or C:/KioskData/inbox on Windows.</source>
        <translation>Gõ đường dẫn đầy đủ của thư mục mà các gói được gửi đến, từ gốc: ví dụ /var/lib/kiosk/inbox trên Linux, hoặc C:/KioskData/inbox trên Windows.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="160"/>
        <source>Outbox folder</source>
        <translation>Thư mục gửi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="162"/>
        <source>Type the whole path of the folder this kiosk writes its reports to, from the top: for example /var/lib/kiosk/outbox on Linux, or C:/KioskData/outbox on Windows.</source>
        <translation>Gõ đường dẫn đầy đủ của thư mục mà kiosk này ghi báo cáo vào, từ gốc: ví dụ /var/lib/kiosk/outbox trên Linux, hoặc C:/KioskData/outbox trên Windows.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="180"/>
        <source>&apos;{folder}&apos; is not a whole folder path. Start from the top (/ on Linux, a drive such as C:/ on Windows), without &apos;..&apos;. Nothing was changed.</source>
        <translation>&apos;{folder}&apos; không phải là đường dẫn đầy đủ của một thư mục. Hãy bắt đầu từ gốc (/ trên Linux, một ổ như C:/ trên Windows), không có &apos;..&apos;. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="187"/>
        <source>The inbox and the outbox must be two different folders, neither inside the other.</source>
        <translation>Thư mục nhận và thư mục gửi phải là hai thư mục khác nhau, không thư mục nào nằm trong thư mục kia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="201"/>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="205"/>
        <source>The report was written: {file}.</source>
        <translation>Đã ghi báo cáo: {file}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_actions.py" line="208"/>
        <source>The report could not be written in the outbox folder.</source>
        <translation>Không ghi được báo cáo vào thư mục gửi.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="49"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="54"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="105"/>
        <source>Change the name</source>
        <extracomment>The print service&apos;s printers, read when the page is shown (through Qt&apos;s print support).</extracomment>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="57"/>
        <source>Change the number</source>
        <translation>Đổi số</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="64"/>
        <source>Shorter</source>
        <translation>Ngắn hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="66"/>
        <source>Longer</source>
        <translation>Dài hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="77"/>
        <source>Accept them</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="78"/>
        <source>Refuse them</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="84"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="92"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="251"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="253"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="85"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="93"/>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="90"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="98"/>
        <source>Test page</source>
        <translation>Trang in thử</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="108"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="113"/>
        <source>Choose the folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="110"/>
        <location filename="../../kiosk/ui/staff/settings.py" line="115"/>
        <source>Turn off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="117"/>
        <source>Write a report now</source>
        <translation>Ghi báo cáo ngay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="126"/>
        <source>Clinic name</source>
        <translation>Tên phòng khám</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="127"/>
        <source>Shown at the top of the first screen.</source>
        <translation>Hiện ở đầu màn hình đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="131"/>
        <source>Clinic phone number</source>
        <translation>Số điện thoại của phòng khám</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="132"/>
        <source>On the summary patients take home (the QR code on the result).</source>
        <translation>Trên bản tóm tắt bệnh nhân mang về nhà (mã QR trên trang kết quả).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="136"/>
        <source>Time before “Still there?”</source>
        <translation>Thời gian trước khi hỏi “Quý vị còn đó không?”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="137"/>
        <source>How long without a touch before the kiosk asks, then starts over.</source>
        <translation>Bao lâu không có ai chạm vào thì kiosk hỏi, rồi bắt đầu lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="141"/>
        <source>Language at the start</source>
        <translation>Ngôn ngữ lúc bắt đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="142"/>
        <source>Patients can still change it on every screen.</source>
        <translation>Bệnh nhân vẫn có thể đổi ngôn ngữ ở mọi màn hình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="146"/>
        <source>Printing for patients</source>
        <translation>In cho bệnh nhân</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="148"/>
        <source>A Print button on the result and on pages with a handout. Pages are sent from memory; docs/printing.md says how the printer keeps nothing.</source>
        <translation>Nút In trên trang kết quả và trên các trang có tài liệu phát tay. Các trang được gửi từ bộ nhớ; docs/printing.md cho biết máy in không giữ lại gì.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="154"/>
        <source>Warning-sign slip at the front desk</source>
        <translation>Phiếu dấu hiệu cảnh báo ở quầy tiếp tân</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="156"/>
        <source>When answers send a patient to staff, a slip with this kiosk&apos;s name and the time prints here. It never shows an answer.</source>
        <translation>Khi câu trả lời cho thấy bệnh nhân cần gặp nhân viên, một phiếu có tên kiosk này và giờ sẽ được in ở đây. Phiếu không bao giờ có câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="162"/>
        <source>Packs without a trusted signature</source>
        <translation>Gói không có chữ ký tin cậy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="163"/>
        <source>When refused, only packs signed with a key this kiosk trusts can be installed.</source>
        <translation>Khi từ chối, chỉ cài được những gói được ký bằng khóa mà kiosk này tin cậy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="167"/>
        <source>This kiosk&apos;s name</source>
        <translation>Tên của kiosk này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="168"/>
        <source>Names this kiosk in its reports to the clinic&apos;s office and on the front-desk slip.</source>
        <translation>Tên dùng cho kiosk này trong các báo cáo gửi văn phòng phòng khám và trên phiếu ở quầy lễ tân.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="172"/>
        <source>Inbox folder</source>
        <translation>Thư mục nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="174"/>
        <source>Packs that arrive in this folder (through Syncthing, a network share or a USB stick) are installed as from a USB stick, with the same checks. They are not put on screen, except a new version of a pack already on screen.</source>
        <translation>Các gói đến thư mục này (qua Syncthing, thư mục mạng hoặc USB) được cài như từ USB, với cùng các bước kiểm tra. Gói không được đưa lên màn hình, trừ phiên bản mới của gói đang ở trên màn hình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="181"/>
        <source>Outbox folder</source>
        <translation>Thư mục gửi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="183"/>
        <source>This kiosk writes its status report here every hour and after every pack change, and what became of each pack from the inbox. Reports never hold anything a patient chose.</source>
        <translation>Kiosk này ghi báo cáo tình trạng vào đây mỗi giờ và sau mỗi lần thay đổi gói, cùng kết quả của từng gói từ thư mục nhận. Báo cáo không bao giờ chứa điều gì bệnh nhân đã chọn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="223"/>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="224"/>
        <source>(no number)</source>
        <translation>(không có số)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="250"/>
        <source>(the computer&apos;s name)</source>
        <translation>(tên của máy tính)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="262"/>
        <source>Keys this kiosk trusts: {names}.</source>
        <translation>Các khóa mà kiosk này tin cậy: {names}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="266"/>
        <source>This kiosk trusts no signing keys yet, so refusing unsigned packs would refuse every pack. The staff guide explains how to add a key.</source>
        <translation>Kiosk này chưa tin cậy khóa ký nào, nên từ chối gói chưa ký sẽ là từ chối mọi gói. Hướng dẫn cho nhân viên giải thích cách thêm khóa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="279"/>
        <source>Printer: the default</source>
        <translation>Máy in: máy in mặc định</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="281"/>
        <source>Printer: {name} (not found)</source>
        <translation>Máy in: {name} (không tìm thấy)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="282"/>
        <source>Printer: {name}</source>
        <translation>Máy in: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="296"/>
        <source>{count} seconds</source>
        <translation>{count} giây</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="298"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} phút {seconds} giây</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings.py" line="299"/>
        <source>{count} min</source>
        <translation>{count} phút</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="68"/>
        <source>Speech is on. Use the arrow keys to move from one choice to the next, and Enter to choose. On the screen, touch a choice to hear it, then tap it again to choose it. Press the help key, F1 or the star key, to hear this screen and these keys again.</source>
        <translation>Giọng đọc đã bật. Dùng các phím mũi tên để chuyển từ lựa chọn này sang lựa chọn khác, và phím Enter để chọn. Trên màn hình, chạm vào một lựa chọn để nghe, rồi chạm lại lần nữa để chọn. Nhấn phím trợ giúp, F1 hoặc phím dấu sao, để nghe lại màn hình này và các phím.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="75"/>
        <source>Keys: the arrows move between the choices. Enter or Space chooses. R or zero repeats. Escape or the full stop key stops the speech. Plus and minus make the voice louder or quieter. F1 or the star key is help.</source>
        <translation>Các phím: mũi tên để chuyển giữa các lựa chọn. Enter hoặc phím cách để chọn. R hoặc số không để nghe lại. Escape hoặc phím dấu chấm để dừng giọng đọc. Dấu cộng và dấu trừ để nói to hơn hoặc nhỏ hơn. F1 hoặc phím dấu sao là trợ giúp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="82"/>
        <source>The voice is coming from the loudspeaker, so people nearby may hear it. Plug in headphones if you would like to listen privately.</source>
        <translation>Giọng đọc phát ra từ loa, nên người ở gần có thể nghe thấy. Hãy cắm tai nghe nếu bạn muốn nghe riêng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="87"/>
        <source>There is no voice for {missing} on this kiosk, so the kiosk speaks {used}.</source>
        <translation>Máy này không có giọng đọc {missing}, nên máy sẽ nói {used}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="92"/>
        <source>Speech is off. The screen has started over.</source>
        <translation>Giọng đọc đã tắt. Màn hình đã trở về đầu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="95"/>
        <source>Page {number} of {total}.</source>
        <translation>Trang {number} trên {total}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="98"/>
        <source>Part {number} of {total}: {title}.</source>
        <translation>Phần {number} trên {total}: {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="101"/>
        <source>The parts of this visit: {titles}.</source>
        <translation>Các phần của buổi này: {titles}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="104"/>
        <source>The choices:</source>
        <translation>Các lựa chọn:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="107"/>
        <source>{name}, answer {number} of {total}</source>
        <translation>{name}, câu trả lời {number} trên {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="110"/>
        <source>{name}, button</source>
        <translation>{name}, nút</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="113"/>
        <source>{name}, switch, on</source>
        <translation>{name}, công tắc, bật</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="113"/>
        <source>{name}, switch, off</source>
        <translation>{name}, công tắc, tắt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="116"/>
        <source>chosen</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="119"/>
        <source>not chosen</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="122"/>
        <source>your answer before</source>
        <translation>câu trả lời trước của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="125"/>
        <source>The page&apos;s text: {title}. Press Enter to hear it again.</source>
        <translation>Nội dung trang: {title}. Nhấn Enter để nghe lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="128"/>
        <source>Picture: {alt}</source>
        <translation>Hình: {alt}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="131"/>
        <source>Start, button. Press Enter to begin.</source>
        <translation>Bắt đầu, nút. Nhấn Enter để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="134"/>
        <source>Press any key or touch the screen to keep going.</source>
        <translation>Nhấn phím bất kỳ hoặc chạm vào màn hình để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/spoken.py" line="137"/>
        <source>Volume {level} of 10</source>
        <translation>Âm lượng {level} trên 10</translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="279"/>
        <source>PIN saved</source>
        <extracomment>The screen&apos;s compositor controls (kiosk/ui/display.py): what the Screen page can say it does. Makes this kiosk&apos;s status report (&quot;Copy report to USB&quot;, &quot;Write a report now&quot;); the window sets it.</extracomment>
        <translation>Đã lưu mã PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="279"/>
        <source>Use the new PIN next time you open staff mode.</source>
        <translation>Hãy dùng mã PIN mới vào lần tới khi mở chế độ nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="358"/>
        <source>Exit to the desktop?</source>
        <translation>Thoát ra màn hình nền?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="359"/>
        <source>The kiosk closes. Patients see the computer&apos;s desktop until someone starts the kiosk again.</source>
        <translation>Kiosk sẽ đóng. Bệnh nhân sẽ thấy màn hình nền của máy tính cho đến khi có người mở lại kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="360"/>
        <source>Exit to the desktop</source>
        <translation>Thoát ra màn hình nền</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="368"/>
        <source>Restart the kiosk?</source>
        <translation>Khởi động lại kiosk?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="369"/>
        <source>The screen goes blank for a few seconds, then the kiosk starts again.</source>
        <translation>Màn hình sẽ tối trong vài giây, rồi kiosk khởi động lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="370"/>
        <location filename="../../kiosk/ui/staff/area.py" line="379"/>
        <source>Restart the kiosk</source>
        <translation>Khởi động lại kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="377"/>
        <source>Restart the kiosk to turn the screen?</source>
        <translation>Khởi động lại kiosk để xoay màn hình?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/area.py" line="378"/>
        <source>The screen goes dark for a few seconds, then the kiosk starts again, turned.</source>
        <translation>Màn hình tối vài giây, rồi kiosk khởi động lại, đã xoay.</translation>
    </message>
</context>
<context>
    <name>StaffHint</name>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="57"/>
        <source>The staff PIN cannot be read</source>
        <translation>Không đọc được mã PIN của nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="59"/>
        <source>Set a new staff PIN with &apos;kiosk set-pin&apos; on this computer, or run the installer again. The steps are in the staff guide.</source>
        <translation>Hãy đặt mã PIN mới của nhân viên bằng &apos;kiosk set-pin&apos; trên máy tính này, hoặc chạy lại chương trình cài đặt. Các bước có trong hướng dẫn cho nhân viên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="63"/>
        <source>No staff PIN is set yet</source>
        <translation>Chưa có mã PIN của nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hint.py" line="65"/>
        <source>Set the staff PIN with &apos;kiosk set-pin&apos; on this computer, or run the installer again. The steps are in the staff guide.</source>
        <translation>Hãy đặt mã PIN của nhân viên bằng &apos;kiosk set-pin&apos; trên máy tính này, hoặc chạy lại chương trình cài đặt. Các bước có trong hướng dẫn cho nhân viên.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="27"/>
        <source>Staff mode</source>
        <translation>Chế độ nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="28"/>
        <source>Staff mode closes by itself after 2 minutes without a touch.</source>
        <translation>Chế độ nhân viên tự đóng sau 2 phút không có ai chạm vào.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="29"/>
        <source>Working…</source>
        <translation>Đang làm…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="31"/>
        <source>Leave staff mode</source>
        <translation>Rời chế độ nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="82"/>
        <source>Content packs</source>
        <translation>Gói nội dung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="83"/>
        <source>Import from USB</source>
        <translation>Nhập từ USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="84"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="85"/>
        <source>Usage counts</source>
        <translation>Số liệu sử dụng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="86"/>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="87"/>
        <source>Change PIN</source>
        <translation>Đổi mã PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/menu.py" line="88"/>
        <source>Close or restart</source>
        <translation>Đóng hoặc khởi động lại</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="99"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="99"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="194"/>
        <source>Still there?</source>
        <translation>Quý vị còn đó không?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="197"/>
        <source>Touch the screen to keep reading. Otherwise the screen will start over for the next person, and your choices will be erased.</source>
        <translation>Hãy chạm vào màn hình để đọc tiếp. Nếu không, màn hình sẽ bắt đầu lại cho người kế tiếp, và các lựa chọn của quý vị sẽ bị xóa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="201"/>
        <source>I&apos;m still here</source>
        <translation>Tôi vẫn còn đây</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="262"/>
        <source>1 second</source>
        <translation>1 giây</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/idle.py" line="264"/>
        <source>{count} seconds</source>
        <translation>{count} giây</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="128"/>
        <source>Exit to the desktop</source>
        <translation>Thoát ra màn hình nền</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="129"/>
        <source>Restart the kiosk</source>
        <translation>Khởi động lại kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="135"/>
        <source>Close or restart</source>
        <translation>Đóng hoặc khởi động lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="138"/>
        <source>Restart the kiosk if the screen seems stuck or after changing the computer.</source>
        <translation>Khởi động lại kiosk nếu màn hình có vẻ bị treo hoặc sau khi thay đổi máy tính.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/widgets.py" line="145"/>
        <source>Exit to the desktop for maintenance. The kiosk stays closed until it is started again.</source>
        <translation>Thoát ra màn hình nền để bảo trì. Kiosk sẽ đóng cho đến khi được mở lại.</translation>
    </message>
</context>
<context>
    <name>TakeHomeCode</name>
    <message>
        <location filename="../../kiosk/ui/visit/takehome.py" line="181"/>
        <source>QR code of your summary</source>
        <extracomment>The code&apos;s side on screen, in logical pixels: a phone held 30-50 cm away reads it at once. (the text the code holds, one byte per module, modules a side); side 0 when it does not fit. How many codes made ahead are kept (one per answer of the question on screen).</extracomment>
        <translation>Mã QR của bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/takehome.py" line="182"/>
        <source>Take your summary home: point your phone&apos;s camera at this code.</source>
        <translation>Mang bản tóm tắt về nhà: hướng máy ảnh của điện thoại vào mã này.</translation>
    </message>
</context>
<context>
    <name>TextSizeButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="310"/>
        <source>Text size</source>
        <extracomment>Space between an icon and the words, in logical pixels. Spaces that keep the words from touching the icon (part of the text, so they scale with it). Properties the style sheet selects buttons by (their padding or border may follow them). Keep the minimum width at what the words need. (The style sheet&apos;s ``min-width`` would otherwise let a crowded row squeeze the button until its words are cut.)</extracomment>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="311"/>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="311"/>
        <source>large</source>
        <translation>lớn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="311"/>
        <source>largest</source>
        <translation>lớn nhất</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/controls.py" line="314"/>
        <source>Touch to change the size of the text. Now: {size}, {number} of {total}.</source>
        <translation>Chạm để đổi cỡ chữ. Hiện tại: {size}, {number} / {total}.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/visit/thanks.py" line="16"/>
        <source>Thank you</source>
        <translation>Cảm ơn quý vị</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/thanks.py" line="17"/>
        <source>Your answers are erased from this screen. Remember to ask your doctor your questions.</source>
        <translation>Câu trả lời của quý vị đã được xóa khỏi màn hình này. Hãy nhớ hỏi bác sĩ những câu hỏi của quý vị.</translation>
    </message>
</context>
<context>
    <name>TopicChoice</name>
    <message>
        <location filename="../../kiosk/ui/visit/topics.py" line="181"/>
        <source>Choose a topic</source>
        <extracomment>The picture&apos;s box on a tile, in logical pixels (before the screen&apos;s scale). What a tile shows in its picture&apos;s white box when the pack has no picture (on white, 6.9:1). Characters of a tile&apos;s title on one line, at least (the columns are chosen so they fit).</extracomment>
        <translation>Chọn một chủ đề</translation>
    </message>
</context>
<context>
    <name>UsageActions</name>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="200"/>
        <source>The usage counts cannot be read now. The kiosk goes on working.</source>
        <extracomment>The packs loaded now, by id, to name the pages where visits stopped (the window sets it).</extracomment>
        <translation>Hiện không đọc được số liệu sử dụng. Máy kiosk vẫn hoạt động bình thường.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="212"/>
        <source>Looking for a USB stick…</source>
        <translation>Đang tìm USB…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="229"/>
        <source>No USB stick was found. Plug one in, wait a few seconds, then press “Export CSV to USB” again.</source>
        <translation>Không tìm thấy USB. Hãy cắm USB vào, đợi vài giây, rồi bấm lại “Xuất CSV ra USB”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="238"/>
        <source>The USB stick {stick} can only be read on this kiosk. Use a stick formatted as FAT32 or exFAT (as most sticks come).</source>
        <translation>USB {stick} chỉ đọc được trên máy kiosk này. Hãy dùng USB định dạng FAT32 hoặc exFAT (như hầu hết USB khi mua).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="245"/>
        <source>Saved as {file} on the USB stick {stick}. You can remove the stick.</source>
        <translation>Đã lưu thành {file} trên USB {stick}. Bạn có thể rút USB ra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="256"/>
        <source>Key-point check</source>
        <translation>Kiểm tra ý chính</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="256"/>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="256"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="53"/>
        <source>Usage counts</source>
        <extracomment>The days the charts show, up to today. The places where visits stopped that the chart names (the most common ones).</extracomment>
        <translation>Số liệu sử dụng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="58"/>
        <source>For each day the kiosk counts visits, the pages they reached and where they stopped, the languages, larger text and high contrast, questionnaires started and finished, the kind of result, and key points missed. It never keeps answers, names, times of day, or anything that tells one visit from another. Counts under 5 show as “&lt;5”. Counts are kept for {days} days.</source>
        <translation>Mỗi ngày, máy kiosk đếm số lượt sử dụng, các trang đã xem và nơi dừng lại, ngôn ngữ, chữ lớn và độ tương phản cao, bảng câu hỏi đã bắt đầu và đã hoàn thành, loại kết quả, và các ý chính chưa hiểu. Máy không bao giờ lưu câu trả lời, tên, giờ trong ngày, hay bất cứ điều gì phân biệt được lượt này với lượt khác. Số dưới 5 hiện là “&lt;5”. Số liệu được giữ trong {days} ngày.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="65"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="66"/>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="70"/>
        <source>Export CSV to USB</source>
        <translation>Xuất CSV ra USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="80"/>
        <source>Counting</source>
        <extracomment>The charts, made the first time counts are shown (pyqtgraph loads only then).</extracomment>
        <translation>Đếm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="110"/>
        <source>Each visit is counted when it ends.</source>
        <translation>Mỗi lượt được đếm khi kết thúc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="112"/>
        <source>Counting is off: no visit is counted. The counts kept stay.</source>
        <translation>Đã tắt đếm: không lượt nào được đếm. Số liệu đã lưu vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="125"/>
        <source>Visits per day, last {days} days</source>
        <translation>Số lượt mỗi ngày, {days} ngày qua</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="126"/>
        <source>Where visits stopped</source>
        <translation>Nơi các lượt dừng lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="127"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/usage.py" line="147"/>
        <source>Nothing counted in these days.</source>
        <translation>Không có số liệu trong những ngày này.</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="171"/>
        <source>Start again</source>
        <translation>Nghe lại từ đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="171"/>
        <source>Watch the video again from the start</source>
        <translation>Xem lại video từ đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="178"/>
        <source>Captions</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="178"/>
        <source>Show or hide the words of the video</source>
        <translation>Hiện hoặc ẩn lời của video</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="227"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="227"/>
        <source>Stop the video for a moment</source>
        <translation>Dừng video một chút</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="229"/>
        <source>Play video</source>
        <translation>Xem video</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/video.py" line="229"/>
        <source>Start the video, with sound</source>
        <translation>Mở video, có âm thanh</translation>
    </message>
</context>
<context>
    <name>VolumeButtons</name>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="285"/>
        <source>Quieter</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="285"/>
        <source>Make the sound quieter</source>
        <translation>Giảm âm lượng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="286"/>
        <source>Louder</source>
        <translation>To hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/visit/narration.py" line="286"/>
        <source>Make the sound louder</source>
        <translation>Tăng âm lượng</translation>
    </message>
</context>
<context>
    <name>WarningCheck</name>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="30"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="31"/>
        <source>Not sure</source>
        <translation>Không chắc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="138"/>
        <source>Warning signs the patient reported</source>
        <translation>Các dấu hiệu cảnh báo bệnh nhân đã báo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="140"/>
        <source>Each sign in {staff}, then in {patient}, the patient&apos;s language.</source>
        <translation>Mỗi dấu hiệu bằng {staff}, rồi bằng {patient}, ngôn ngữ của bệnh nhân.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="144"/>
        <source>Every warning-sign question the patient answered Yes or Not sure.</source>
        <translation>Mọi câu hỏi về dấu hiệu cảnh báo mà bệnh nhân trả lời Có hoặc Không chắc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="155"/>
        <source>No warning-sign question was answered Yes or Not sure. Ask the patient.</source>
        <translation>Không có câu hỏi nào về dấu hiệu cảnh báo được trả lời Có hoặc Không chắc. Hãy hỏi bệnh nhân.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="158"/>
        <source>Back to the result</source>
        <translation>Về trang kết quả</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="160"/>
        <source>End this visit</source>
        <translation>Kết thúc lượt này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/warnings.py" line="162"/>
        <source>Ending the visit forgets the patient&apos;s answers and shows the start screen.</source>
        <translation>Kết thúc lượt sẽ xóa câu trả lời của bệnh nhân và hiện màn hình bắt đầu.</translation>
    </message>
</context>
</TS>
