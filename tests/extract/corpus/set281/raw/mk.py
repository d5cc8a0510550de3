import json,sys
from pathlib import Path
names={'01':'01_camau-chuong-trinh-phong-chong-ma-tuy-2025','02':'02_toanquoc-chuong-trinh-ma-tuy-chi-tieu-2030',
'03':'03_hue-xa-phuong-khong-ma-tuy-2026','04':'04_langson-ke-hoach-xa-khong-ma-tuy-2026-precision',
'05':'05_angiang-dia-ban-khong-ma-tuy-2025','06':'06_gialai-bat-giu-ma-tuy-2023','07':'07_tiengiang-thang-hanh-dong-ma-tuy-2022',
'08':'08_quangnam-huyen-mien-nui-an-ninh-trat-tu-2024','09':'09_bariavungtau-tong-ket-cong-an-2023',
'10':'10_hoabinh-toi-pham-6-thang-2023','11':'11_lamdong-xa-khong-te-nan-ma-tuy-2022','12':'12_thainguyen-canh-sat-dieu-tra-2020',
'13':'13_nghean-ke-hoach-695-xa-khong-ma-tuy-2025-precision','14':'14_binhthuan-thang-hanh-dong-ma-tuy-2023-precision'}
CUT={ # whole lines of page furniture, exact
'03':['Công an phường Vỹ Dạ dvới pano, áp phích tuyên truyền về phòng, chống ma túy tại các khu dân cư và các tuyến đường trọng điểm'],
'04':['Ảnh minh hoạ'],
'05':['Ông Nguyễn Thanh Phong, Phó Chủ tịch Thường trực UBND tỉnh An Giang trao khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện xã, phường, đặc khu không ma túy năm 2025. Ảnh: CAAG'],
'06':['Đoàn Bình – Thanh Sáng'],
'07':['Các vụ bắt quả tang sử dụng ma túy trong tháng 6. Ảnh: Trọng Tín','Mạnh Cường'],
'08':['Cụm thi đua Công an các huyện miền núi tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2024. Ảnh: HIỀN THÚY',
      'Trung tá Lương Quốc Nghĩa - Trưởng Công an huyện Tây Giang (Cụm trưởng Cụm thi đua năm 2024) trao đổi ý kiến về công tác thi đua. Ảnh: HIỀN THÚY'],
'09':['TRÍ NHÂN'],
'11':['NGUYỄN NGHĨA','06:09, 16/09/2022'],
'12':['Toàn cảnh Hội nghị.'],
'13':['Hệ thống pháp luật'],
'14':['————————————————————————-','Views: 0'],
}
HEAD={'11':'date 2022-09-16'}
for k,n in names.items():
    d=json.load(open(f'{k}.json',encoding='utf-8'))
    t=d['excerpt']
    lines=t.split('\n')
    if lines[0].startswith(' date '):
        first=lines[0][1:]
        stamp=first[:len('date 2023-04')] if first[len('date 2023-04')]==' ' else first[:len('date 2026-01-15')]
        rest=first[len(stamp)+1:]
        lines=[stamp,rest]+lines[1:]
    for c in CUT.get(k,[]):
        idx=[i for i,l in enumerate(lines) if l.strip()==c]
        assert len(idx)==1,(k,c,idx)
        i=idx[0]
        del lines[i]
        # drop a blank line that would now double or lead/trail
        if i<len(lines) and lines[i].strip()=='' and (i==0 or lines[i-1].strip()=='' ):
            del lines[i]
        elif i>0 and lines[i-1].strip()=='' and (i>=len(lines) or lines[i].strip()==''):
            del lines[i-1]
    if k in HEAD: lines=[HEAD[k]]+lines
    while lines and lines[-1].strip()=='': lines.pop()
    while lines and lines[0].strip()=='': lines.pop(0)
    Path(f'../texts/{n}.txt').write_text('\n'.join(lines)+'\n',encoding='utf-8')
    print(n,d['url'])
