-- The service circle (15分钟便民生活圈): what a service place offers, when it is open, whom to call.
alter table service_place add column opening_hours varchar(200);
alter table service_place add column services varchar(500);
alter table service_place add column contact varchar(50);
create index service_place_point on service_place (lat, lng) where lat is not null;
