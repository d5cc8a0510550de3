import json,re
from pathlib import Path
HERE=Path(__file__).resolve().parent
OUT=HERE.parent/'texts'
c=json.load(open(HERE/'search_results.json'))
by={r['url']:r['excerpt'] for r in c}
def get(part):
    ks=[k for k in by if part in k]; assert len(ks)==1,(part,ks); return by[ks[0]]
def build(name, part, cut=(), stamp=None, date=None):
    t=get(part)
    lines=t.split('\n')
    if stamp:
        assert lines[0].startswith(' date '+stamp), lines[0][:30]
        rest=lines[0][len(' date '+stamp):].lstrip(' ')
        lines=['date '+stamp]+([rest] if rest else [])+lines[1:]
    for cl in cut:
        n=sum(1 for l in lines if l==cl); assert n>=1,(name,cl)
        lines=[l for l in lines if l!=cl]
    if date: lines=['date '+date]+lines
    s='\n'.join(lines)
    s=re.sub(r'\n\n\n+','\n\n',s)   # a cut line's blank line goes with it
    s=s.lstrip('\n').rstrip('\n')+'\n'
    # the date line is followed directly by the body
    (OUT/f'{name}.txt').write_text(s,encoding='utf-8')
    print(name,len(s))
build('01_daklak-doan-khoi-ho-tro-chuyen-doi-so-2023','baodaklak',
      cut=['Bí thư Đoàn Khối các cơ quan và doanh nghiệp tỉnh Phạm Minh Tuệ đánh giá kết quả thực hiện công tác Đoàn và phong trào thanh niên năm 2023. |'])
build('02_thainguyen-dai-hoi-doan-chi-tieu-2022-2027','tienphong.vn')
build('03_tphcm-cong-doan-cham-lo-doan-vien-2026-precision','nld.com.vn',stamp='2026-03-12',
      cut=['HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO','Lao động','Huỳnh Như',
           'Chăm lo hàng chục nghìn đoàn viên, đẩy mạnh chuyển đổi số - Ảnh 1.',
           'Hội nghị giao ban Công đoàn cơ sở quý I-2026 do Tổ công tác quản lý địa bàn số 1 – LĐLĐ TPHCM tổ chức ngày 12-3',
           'Chăm lo hàng chục nghìn đoàn viên, đẩy m'])
build('04_nghean-ngoclam-hoi-phu-nu-ung-dung-cntt-2024','phunuvietnam.vn/print/nhung-tin-hieu')
build('05_thainguyen-thang-thanh-nien-doi-hinh-cds-2023','baomoi.net.vn')
build('06_thainguyen-hoi-phu-nu-cap-xa-may-vi-tinh','thainguyentv',
      cut=['Đồng chí Lê Quang Tiến, Phó Chủ tịch UBND tỉnh đã trao máy tính cho đại diện Hội LHPN tỉnh Thái Nguyên.'])
build('07_toanquoc-cong-trinh-thanh-nien-dai-hoi-doan-2022','hanoimoi.vn/print',
      cut=['Đời sống - Ngày đăng : 08:31, 13/02/2022'],date='2022-02-13')
build('08_danang-thanh-nien-tinh-nguyen-hai-cap-2025','baodanang.vn/xung-kich',stamp='2025-07')
build('09_danang-phuthuan-phu-nu-khong-gian-mang-2025','baodanang.vn/tap-hop',stamp='2025-10-27',
      cut=['Ra mắt mô hình "Tập hợp phụ nữ trên không gian mạng" tại xã Phú Thuận. Ảnh: K.H'])
build('10_longan-cantho-cong-doan-chuyen-doi-so','bk.laodongcongdoan',
      cut=['SHB đồng hành cùng ngành y tế, giáo dục chuyển đổi số toàn diện |','![]() |',
           'Đồng chí Nguyễn Văn Quí - Chủ tịch LĐLĐ tỉnh Long An: "Ứng dụng công nghệ số giúp viên chức ngành giáo dục theo dõi, đánh giá tiến độ học tập của học sinh một cách hiệu quả và chính xác hơn". Ảnh: T.M |'])
build('11_tuyenquang-hoi-nong-dan-ocop-tmdt-2025-2030','tracuuquyhoach')
build('12_langson-tinh-doan-chuyen-doi-so-2022','baolangson',
      cut=['Thứ hai,  08/07/2024','Ban tổ chức cuộc thi trao giải cho thí sinh đoạt giải nhất cuộc thi “Thanh niên với Chuyển đổi số” do Đoàn Khối các cơ quan tỉnh tổ chức'],date='2024-07-08')
build('13_thanhhoa-yendinh-ldld-ke-hoach-cds-2021-precision','thyentho',cut=['Thông báo'])
build('14_binhphuoc-hoi-nong-dan-thi-dua-cds-2024-precision','danvanbinhphuoc',
      cut=['Thứ sáu - 16/08/2024 10:344400'],date='2024-08-16')
# after build(): a blank line left right after a written `date` line is dropped (03, 12), so that the
# date line is followed directly by the body, as in set193's texts.
for p in OUT.glob('*.txt'):
    s=p.read_text(encoding='utf-8')
    if s.startswith('date ') and s.split('\n',2)[1]=='':
        l=s.split('\n',2); p.write_text(l[0]+'\n'+l[2],encoding='utf-8')
