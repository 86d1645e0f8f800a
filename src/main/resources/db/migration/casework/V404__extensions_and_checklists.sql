-- Extensions asked by the handler and approved by the level above; document checklists for proxy
-- services (一次告知: everything the resident must bring, told once).
alter table work_case add column extension_requested varchar(32);
alter table work_case add column extension_requested_by varchar(64);
alter table case_category add column checklist text[] not null default '{}';

update case_category set checklist = '{"身份证原件及复印件","户口簿","家庭收入证明","银行卡（本人名下）"}'
 where code = 'SERVICE.SUBSISTENCE';
update case_category set checklist = '{"身份证原件","社保卡","退休审批表","一寸照片两张"}'
 where code = 'SERVICE.PENSION';
update case_category set checklist = '{"身份证原件","经济困难证明","案件相关材料"}'
 where code = 'SERVICE.LEGAL_AID';
insert into case_category (code, parent_code, name_zh, name_en, limit_general, limit_urgent, limit_critical, checklist) values
 ('SERVICE.ELDERLY_ALLOWANCE', 'SERVICE', '高龄补贴办理', 'Old-age allowance', 'P15D', 'P7D', 'P3D',
  '{"身份证原件","户口簿","银行卡（本人名下）"}'),
 ('SERVICE.SOCIAL_INSURANCE', 'SERVICE', '社保办理', 'Social insurance', 'P15D', 'P7D', 'P3D',
  '{"身份证原件","社保卡","参保缴费凭证"}');
