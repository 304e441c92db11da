[ar]
3 اختراق*
3 مخترق*
3 هاكر*
3 قرصن*
3 هجوم* الكتروني*
3 فديه
2 تشفير*
2 شفر*
3 برنامج* خبيث*
2 فيروس*
2 قاعده بيانات
2 تسريب* بيانات
2 كلمات المرور
1 كلمه السر
1 تعطيل
2 صفحه رئيسيه
1 سيرفر*
2 خوادم
2 خادم
3 حجب الخدمه
[ary]
3 هكر*
3 هاكا
3 مهكر*
[ary-latn]
3 ~mhky
3 ~hkr
[fr]
3 pirat*
3 hack*
3 ddos
3 ransomware
3 rancongiciel
2 rancon
3 malware*
3 logiciel malveillant
2 virus
1 chiffr*
3 intrusion
2 base de donnees
3 defigur*
1 serveur*
3 attaque* informatique*
3 fuite de donnees
3 botnet
3 cyberattaque
3 force brute
2 pris le controle
1 page d accueil
[en]
3 hack*
3 ddos
3 ransomware
3 malware
3 deface*
3 breach*
3 botnet
3 brute forc*
1 phishing
1 vpn
1 server*
2 database
3 hacking forum
2 dark web
1 exploit*
3 cyberattack
2 compromised
2 virus
3 trojan
3 keylogger
[es]
3 hacke*
3 pirate*
3 malware
3 ransomware
2 servidor*
1 contrasenas
2 virus
3 ciberataque
2 base de datos
[fr]
2 compromis
[es]
2 comprometid*

# Session 10. Defacement in French and Spanish (like defaced, defigur*)
[fr]
3 defac*
[es]
2 desfigur*
3 defacement

# Session 11 (lead, from an independent blind set): ransomware told by its effects, files
# encrypted and a ransom asked, without the word "ransomware"
[en]
2 encrypted
3 files are encrypted
3 ransom
3 ransom note
3 lockbit
1 bitcoin*
[fr]
3 fichiers chiffres
3 fichiers cryptes
2 cryptes
3 demande de rancon
[es]
2 cifrad*
3 archivos cifrados
3 archivos encriptados
2 encriptad*
3 piden un rescate
2 rescate en bitcoin
[ar]
2 مشفره
3 الملفات مشفره
[ary]
3 الفيشيات تشفرو
2 تشفرو

# Session 11 (lead, second blind set): files with a strange extension and a payment in
# bitcoin asked to get them back; a site down under floods of requests
[en]
3 strange extension
3 weird extension
3 requests per second
2 thousands of ips
2 site is down
2 store has been down
[fr]
3 extension bizarre
3 extension etrange
1 bitcoins
3 requetes par seconde
2 site est tombe
2 site inaccessible
[es]
3 extension rara
3 peticiones por segundo
2 pagina caida
[ar]
3 امتداد غريب
1 بالبيتكوين
2 الموقع متوقف
[ary]
3 امتداد غريب
1 بالبيتكوين
1 البيتكوين
