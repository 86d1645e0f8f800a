-- The intake form of a category: whether outside 311 clients (Open311 GeoReport v2) may file it, and
-- the extra fields it asks for. Sensitive categories are kept out of the public view.
alter table case_category add column open311 boolean not null default false;

create table case_category_attribute (
    category_code         varchar(48) collate "C" not null references case_category (code),
    code                  varchar(48) collate "C" not null,
    datatype              varchar(16) not null
                          check (datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required              boolean not null default false,
    description           varchar(200) not null,
    datatype_description  varchar(200),
    position              integer not null,
    choices               text not null default '[]',
    primary key (category_code, code)
);

update case_category set open311 = true
 where code in ('EVENT.GAS_HAZARD', 'EVENT.PARKING', 'EVENT.EV_CHARGING', 'EVENT.UNSAFE_BUILDING', 'EVENT.ENVIRONMENT',
                'PART.ROAD_DAMAGE', 'PART.DRAINAGE', 'PART.WATER_SUPPLY', 'PART.HEATING', 'PART.STREET_LIGHT');
update case_category set public_view = false
 where code in ('EVENT.NEIGHBOUR_DISPUTE', 'SERVICE.SUBSISTENCE', 'SERVICE.LEGAL_AID');

insert into case_category_attribute (category_code, code, datatype, required, description, datatype_description, position, choices) values
 ('PART.STREET_LIGHT', 'fault', 'singlevaluelist', true, '故障现象', '选择一项', 1,
  '[{"key":"off","name":"不亮"},{"key":"flicker","name":"闪烁"},{"key":"daytime","name":"白天常亮"},{"key":"damaged","name":"灯杆损坏"}]'),
 ('PART.STREET_LIGHT', 'pole_number', 'string', false, '灯杆编号', '灯杆上喷印的编号，如 SH-0412', 2, '[]'),
 ('PART.ROAD_DAMAGE', 'size', 'singlevaluelist', true, '破损面积', '选择一项', 1,
  '[{"key":"small","name":"小于 1 平方米"},{"key":"medium","name":"1 至 5 平方米"},{"key":"large","name":"大于 5 平方米"}]'),
 ('PART.ROAD_DAMAGE', 'hazards', 'multivaluelist', false, '伴随情况', '可多选', 2,
  '[{"key":"traffic","name":"影响通行"},{"key":"water","name":"积水"},{"key":"unlit","name":"夜间无照明"}]'),
 ('EVENT.GAS_HAZARD', 'smell', 'singlevaluelist', true, '是否闻到燃气味', '选择一项', 1,
  '[{"key":"yes","name":"闻到"},{"key":"no","name":"未闻到"}]'),
 ('EVENT.GAS_HAZARD', 'noticed_at', 'datetime', false, '发现时间', 'ISO 8601 时间，如 2026-11-23T08:30:00+08:00', 2, '[]'),
 ('PART.HEATING', 'room_temperature', 'number', false, '室内温度（℃）', '数字', 1, '[]');
