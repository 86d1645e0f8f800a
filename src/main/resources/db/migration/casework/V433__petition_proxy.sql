-- 信访代办: a resident's petition handled on their behalf, with what they must bring told once.
insert into case_category (code, parent_code, name_zh, name_en, limit_general, limit_urgent, limit_critical, checklist)
values ('SERVICE.PETITION_PROXY', 'SERVICE', '信访代办', 'Petition on behalf', 'P15D', 'P7D', 'P3D',
        '{"身份证原件","信访事项书面材料","相关证据材料"}')
on conflict (code) do nothing;
